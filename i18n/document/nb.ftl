# Bokmål. Every catalogue has exactly the same keys (a test checks it).
months =
    januar
    februar
    mars
    april
    mai
    juni
    juli
    august
    september
    oktober
    november
    desember

## doc
doc-toc = Innhold
doc-municipality_number = Kommunenummer
doc-scope = Omfang
doc-period = Planperiode
doc-status = Status
doc-version = Versjon
doc-adopted_by = Vedtatt av
doc-adoption_date = Vedtaksdato
doc-case = Saksnummer
doc-summary = Sammendrag
doc-key_figures = Nøkkeltall
doc-goals = Mål
doc-needs = Kompetansebehov
doc-measures = Tiltak
doc-total_cost = Samlet kostnad i planperioden
doc-coverage_goals = Mål med behov og tiltak
doc-coverage_needs = Behov med tiltak
doc-recruitment_figure = personer i brutto rekrutteringsbehov dekket av tiltak og egne lærlinger
doc-recruitment_shortfall = { $n } personer udekket
doc-recruitment_incomplete = uten behov der avgangen ikke er oppgitt eller holdes tilbake
doc-cost_by_year = Kostnad per år
doc-year = År
doc-amount = Beløp
doc-open_warnings = Merknader fra kontrollen
doc-open_warnings_intro = Kontrollen med kplan har disse merknadene til planen:
doc-notes_intro = Råd fra kontrollen (de stopper ikke planen):
doc-no_warnings = Kontrollen med kplan fant ingen merknader.
doc-of = av
doc-generated = Laget med kplan { $version }.
doc-none = Ingen
doc-withheld = færre enn { $n }
doc-withheld_note = Tall for grupper med færre enn { $n } personer vises ikke, av personvernhensyn. Det gjelder også summer som tallene kan regnes ut fra, og aldersgrupper og år med færre enn { $n } personer slås sammen med gruppen ved siden av.
doc-under = under { $n }
doc-chart_table_note = Tallene i figuren:
doc-recruitment_basis = behov { $needs }: gap { $gap } + forventet avgang { $departures }

## steps
steps-s1 = Organisering og involvering
steps-s2 = Forankring og ambisjoner
steps-s3 = Overordnede mål og føringer
steps-s4 = Hva er kompetanse?
steps-s5 = Kompetanse- og bemanningsanalyse
steps-s6 = Kompetansestrategier og tiltak
steps-s7 = Evaluering og oppfølging
steps-appendix_a = Vedlegg A: Sporbarhet
steps-appendix_b = Vedlegg B: Endringer siden forrige versjon
steps-step = Steg

## step1
step1-owner = Planeier
step1-mandate = Mandat
step1-groups = Grupper
step1-member_role = Rolle
step1-member_name = Navn
step1-member_represents = Representerer
step1-milestones = Milepæler
step1-milestone_date = Dato
step1-milestone = Milepæl
step1-milestone_done = Gjennomført
step1-yes = Ja
step1-no = Nei
step1-units = Enheter
step1-unit = Enhet
step1-parent = Del av
step1-roles = Stillingsgrupper
step1-role = Stillingsgruppe
step1-education = Utdanningskrav

## step2
step2-anchoring = Forankring
step2-anchoring_intro = Planen bygger på disse dokumentene og vedtakene:
step2-kind = Type
step2-document = Dokument eller vedtak
step2-reference = Referanse
step2-date = Dato
step2-ambitions = Ambisjoner

## step3
step3-guidelines = Føringer
step3-goals = Mål
step3-basis = Bygger på
step3-ambition = Ambisjon
step3-indicators = Indikatorer
step3-needs = Kompetansebehov
step3-measures = Tiltak

## step4
step4-definition = Definisjon
step4-source = Kilde
step4-components = Kompetansen består av
step4-areas = Kompetanseområder
step4-area = Område
step4-category = Kategori
step4-qualification = Kvalifikasjon

## step5
step5-workforce = Bemanningstall
step5-workforce_intro = Tallene gjelder per angitt dato.
step5-position_size = Gjennomsnittlig stillingsstørrelse
step5-unwanted_part_time = Ufrivillig deltid
step5-vacancies = Vakante årsverk
step5-source = Kilde
step5-total = Sum
step5-incomplete = utenom grupper som er holdt tilbake
step5-key_figures = Nøkkeltall for hele planen
step5-key_figure = Nøkkeltall
step5-value = Verdi
step5-key_figures_note = Hver person telles én gang: for hver enhet gjelder tallene fra siste dato, og en rad for hele enheten erstatter radene for stillingsgruppene og underenhetene den omfatter. Prosentene er gjennomsnitt vektet med antall ansatte i radene som oppgir dem.
step5-role = Stillingsgruppe
step5-as_of = Per
step5-employees = Ansatte
step5-fte = Årsverk
step5-formal_competence = Formell kompetanse
step5-part_time = Deltid
step5-turnover = Turnover
step5-sick_leave = Sykefravær
step5-age = Aldersprofil
step5-age_band = Aldersgruppe
step5-persons = Personer
step5-departures = Forventet avgang
step5-all_roles = Alle
step5-needs = Kompetansebehov
step5-need = Behov
step5-area = Område
step5-target_group = Målgruppe
step5-current = Nå
step5-required = Krav
step5-gap = Gap
step5-closed = Dekket av tiltak
step5-replacement = Forventet avgang til og med { $by }
step5-recruitment = Rekrutteringsbehov (gap + avgang)
step5-by = Innen
step5-priority = Prioritet
step5-strategy = Strategi
step5-goals = Mål
step5-gap_chart_intro = Gapet er differansen mellom det som kreves og det som finnes i dag.
step5-part_staffing = Del 1: Bemanning
step5-part_staffing_intro = Hvor mange medarbeidere i hver stillingsgruppe har vi, hvor mange trenger vi, og hvor mange forventer vi å miste i planperioden? Rekrutteringsbehovet er gapet pluss de som slutter.
step5-part_competence = Del 2: Kompetanse
step5-staffing_needs = Bemanningsbehov og rekruttering
step5-staffing_needs_intro = Brutto rekrutteringsbehov er gapet (krav minus nå) pluss forventet avgang fra og med planperiodens første år til og med året behovet skal være dekket («Innen»). Udekket er rekrutteringsbehovet minus det tiltakene og egne lærlinger dekker.
step5-staffing_needs_note = «Ikke vist»: tallet ville avsløre tall for grupper som holdes tilbake av personvernhensyn. «–»: planen oppgir ikke tallet (tiltakene oppgir ikke hvor mye de dekker, eller bemanningstallene oppgir ingen forventet avgang).
step5-departures_through_by = Forventet avgang
step5-recruitment_short = Rekrutteringsbehov
step5-own_apprentices = Egne lærlinger
step5-shortfall = Udekket
step5-closed_with_apprentices = Dekket av tiltak og egne lærlinger
step5-replacement_withheld = ikke vist (personvern)
step5-apprentices = Egne lærlinger
step5-apprentices_intro = KS anbefaler egne lærlinger som rekrutteringsvei til fagarbeiderstillinger. Læreplasser er lærlinger i opplæring i året. Lærlinger som forventes å ta fagbrev, teller med når rekrutteringsbehovet for samme stillingsgruppe skal dekkes.
step5-apprentice_places = Læreplasser per år
step5-apprentice_completing = Lærlinger som forventes å ta fagbrev
step5-trade = Lærefag
step5-per_thousand = Per 1 000 innbyggere
step5-recommended = Læreplasser etter KS' anbefaling ({ $n } per 1 000 innbyggere)
step5-population_note = Innbyggertall: { $population }. KS' landsting anbefalte i 2016 minst { $n } lærlinger per 1 000 innbyggere, rundet opp til hele plasser; ⚠ betyr under anbefalingen. Anbefalingen gjelder hele kommunen; tabellen viser lærlingene i denne planen.
step5-counts_toward = Teller for behov
step5-partial_note = * Gjelder bare radene som oppgir tallet.
step5-covered_parts = tiltak { $closed } + egne lærlinger { $apprentices }
step5-completing_note = «–» under «Teller for behov»: ingen behov for samme stillingsgruppe (i enheten) skal erstatte avgang, så lærlingene teller ikke med i noe rekrutteringsbehov.

## step6
step6-strategies = Strategier
step6-no_strategy_text = Planen beskriver ikke denne strategien.
step6-no_measures = Ingen tiltak med denne strategien.
step6-measures = Tiltak
step6-measure = Tiltak
step6-responsible = Ansvarlig
step6-period = Periode
step6-status = Status
step6-participants = Deltakere
step6-cost = Kostnad
step6-arena = Læringsarena
step6-target_group = Målgruppe
step6-unit = Enhet
step6-needs = Dekker behov
step6-closes = dekker { $n }
step6-indicators = Indikatorer
step6-costs = Kostnader
step6-funding = Finansiering
step6-budget = Budsjett
step6-budget_intro = Kostnadene per år fordelt på finansieringskilde.
step6-source = Kilde
step6-total = Sum
step6-by_strategy = Kostnad per strategi
step6-by_status = Kostnad per budsjettstatus
step6-administrator = Forvaltes av
step6-funding_reference = Referanse
step6-timeline = Tidslinje
step6-form = Form
step6-budget_rejected = Avslåtte søknader ({ $amount }) står ved tiltaket, men er ikke regnet med i budsjettet.
step6-grant_calendar = Tilskuddskalender
step6-grant_calendar_intro = Søknads- og rapporteringsfrister for finansieringskildene i planperioden, i datoorden.
step6-deadline = Frist
step6-date = Dato
step6-application_deadline = Søknadsfrist
step6-report_deadline = Rapporteringsfrist
step6-education_rules = Regler for utdanningsstøtte
step6-education_rules_intro = Vilkårene for tiltak der kommunen støtter utdanning.
step6-study_leave = Permisjon
step6-covered_costs = Dekkede kostnader
step6-binding_time = Bindingstid
step6-binding_months = { $n } måneder
step6-no_binding = Ingen
step6-selection = Utvelgelse
step6-conditions = Vilkår
step6-match_percent = egenandel { $n } % av tilskuddet
step6-scheme_from = for år fra og med { $from }
step6-scheme_until = for år til og med { $until }
step6-scheme_years = for årene { $from }–{ $until }
step6-collective_only = bare kollektiv, arbeidsplassbasert kompetanseutvikling

## step7
step7-responsible = Ansvarlig for oppfølging
step7-reporting = Rapportering
step7-schedule = Evalueringsplan
step7-date = Dato
step7-scope = Omfang
step7-what = Hva
step7-records = Gjennomførte evalueringer
step7-decision = Beslutning
step7-revision = Rullering
step7-plan_interval = Hele planen revideres hvert { $n }. år.
step7-action_interval = Tiltaksdelen rulleres hvert { $n }. år.
step7-every_year = Tiltaksdelen rulleres hvert år.
step7-next_review = Neste gjennomgang
step7-indicators = Indikatorer
step7-indicator = Indikator
step7-baseline = Utgangspunkt
step7-latest = Siste måling
step7-target = Mål
step7-direction = Ønsket retning
step7-on_track = I rute
step7-not_on_track = Ikke i rute
step7-unknown = Ikke målt ennå

## appendix_a
appendix_a-intro = Tabellen viser hvordan hvert mål følges opp av kompetansebehov og tiltak. Mangler er merket.
appendix_a-goal = Mål
appendix_a-need = Behov
appendix_a-measures = Tiltak
appendix_a-missing = Mangler
appendix_a-no_need = Ingen behov
appendix_a-no_measure = Ingen tiltak

## charts
charts-age_title = Aldersprofil – { $unit }
charts-departures_title = Forventet avgang per år – { $unit }
charts-gaps_title = Kompetansegap – { $unit }
charts-gaps_axis = Gap i { $unit }
charts-gaps_current = Nå
charts-gaps_required = Krav
charts-budget_title = Kostnader per år etter finansieringskilde
charts-timeline_title = Tiltakene i planperioden
charts-timeline_description = Hvert tiltak vist som en linje fra start til slutt.

charts-gap_unit =
    .persons = personer
    .fte = årsverk
    .percent = prosentpoeng

enum-plan_status =
    .draft = Utkast
    .consultation = På høring
    .adopted = Vedtatt
    .retired = Utgått

enum-group_kind =
    .steering = Styringsgruppe
    .project = Prosjektgruppe
    .working = Arbeidsgruppe
    .reference = Referansegruppe

enum-represents =
    .management = Ledelse
    .employee-representative = Tillitsvalgt
    .safety-representative = Verneombud
    .hr = HR
    .employee = Ansatt
    .politician = Folkevalgt
    .other = Annet

enum-anchoring_kind =
    .municipal-plan = Kommuneplan
    .sector-plan = Sektorplan
    .employer-strategy = Arbeidsgiverstrategi
    .economy-plan = Økonomiplan
    .budget = Budsjett
    .political-decision = Politisk vedtak
    .management = Ledelsen
    .employee-organisations = Arbeidstakerorganisasjonene
    .other = Annet

enum-guideline_level =
    .national = Nasjonale føringer
    .regional = Regionale føringer
    .local = Lokale føringer

enum-guideline_kind =
    .law = Lov
    .regulation = Forskrift
    .white-paper = Stortingsmelding
    .national-strategy = Nasjonal strategi
    .norm = Norm
    .agreement = Avtale
    .demography = Demografi
    .plan = Plan
    .other = Annet

enum-component =
    .knowledge = kunnskaper
    .skills = ferdigheter
    .abilities = evner
    .attitudes = holdninger

enum-area_kind =
    .formal = Formell kompetanse
    .non-formal = Uformell kompetanse

enum-area_category =
    .professional = Fag
    .digital = Digital
    .leadership = Ledelse
    .collaboration = Samarbeid
    .change = Omstilling
    .language = Språk
    .other = Annet

enum-strategy =
    .acquire = Anskaffe
    .develop = Utvikle
    .mobilise = Mobilisere
    .phase-out = Avvikle

enum-strategy_intro =
    .acquire = Rekruttere eller samarbeide for å få kompetanse organisasjonen ikke har.
    .develop = Utvikle kompetansen til dem som allerede arbeider her.
    .mobilise = Ta i bruk kompetansen som allerede finnes, bedre enn i dag.
    .phase-out = Avvikle kompetanse organisasjonen ikke lenger trenger.

enum-need_quantity =
    .persons = personer
    .fte = årsverk
    .percent = prosent

enum-priority =
    .high = Høy
    .medium = Middels
    .low = Lav

enum-funding_kind =
    .own-budget = Eget budsjett
    .state-grant = Statlig tilskudd
    .fund = Fond
    .partner = Samarbeidspartner
    .other = Annet

enum-arena =
    .workplace = På arbeidsplassen
    .course = Kurs
    .e-learning = E-læring
    .further-education = Videreutdanning
    .network = Nettverk
    .other = Annet

enum-measure_status =
    .planned = Planlagt
    .ongoing = Pågår
    .completed = Gjennomført
    .postponed = Utsatt
    .cancelled = Avlyst

enum-cost_status =
    .budgeted = Budsjettert
    .to-apply = Skal søkes
    .applied = Søkt
    .granted = Innvilget
    .rejected = Avslått

enum-measure_form =
    .individual = Individuell
    .collective = Kollektiv

enum-study_leave =
    .paid = Permisjon med lønn
    .unpaid = Permisjon uten lønn
    .partly-paid = Delvis lønnet permisjon
    .none = Ingen permisjon

enum-direction =
    .increase = Øke
    .decrease = Redusere

enum-reporting =
    .annual-report = I årsmeldingen
    .separate-report = I egen rapport
    .both = I årsmeldingen og i egen rapport

enum-evaluation_scope =
    .plan = Hele planen
    .actions = Tiltaksdelen

enum-decision =
    .continue = Videreføre
    .adjust = Justere
    .stop = Avslutte

## sections
sections-organisation = Organisering
sections-units = Enheter
sections-roles = Stillingsgrupper
sections-anchoring = Forankring
sections-ambitions = Ambisjoner
sections-guidelines = Føringer
sections-goals = Mål
sections-competence = Kompetansebegrepet
sections-competence_areas = Kompetanseområder
sections-workforce = Bemanning
sections-needs = Kompetansebehov
sections-apprentices = Egne lærlinger
sections-strategies = Strategier
sections-funding = Finansiering
sections-measures = Tiltak
sections-indicators = Indikatorer
sections-evaluation = Evaluering

## diff
diff-intro = Vedlegget viser hva som er endret i planen siden { $old }, og hva endringene betyr for budsjettet og for dekningen av målene.
diff-title = Endringer fra { $old } til { $new }
diff-summary = { $added } lagt til, { $removed } fjernet, { $renamed } med ny id, { $changed } endret
diff-no_changes = Ingen endringer.
diff-manifest = Planens grunndata (kplan.toml)
diff-added = Lagt til
diff-removed = Fjernet
diff-renamed = Ny id
diff-changed = Endret
diff-field = Felt
diff-before = Før
diff-after = Etter
diff-difference = Endring
diff-consequences = Konsekvenser
diff-total_cost = Samlet kostnad
diff-cost_by_year = Kostnad per år
diff-cost_by_source = Kostnad per finansieringskilde
diff-coverage = Dekning
diff-coverage_goals = Mål med behov og tiltak
diff-coverage_needs = Behov med tiltak
diff-goals_lost = Mål som ikke lenger har tiltak
diff-needs_lost = Behov som ikke lenger har tiltak
diff-moved = Tiltak med endret periode
diff-year = År
diff-source = Kilde
diff-this_version = denne versjonen
diff-working_tree = arbeidskopien

## council
council-foreword = Forord
council-decision = Vedtak
council-proposed_decision = Forslag til vedtak
council-decision_by = { $body } fattet følgende vedtak { $date }
council-decision_case = i sak { $case }
council-consultation = Høring
council-consultation_deadline = Høringsfrist
council-consulted = Høringsinstanser
council-consultation_input = Innspill i høringen
council-logo_alt = Kommunevåpenet til { $municipality }
council-appendix = Vedlegg { $letter }: { $title }
