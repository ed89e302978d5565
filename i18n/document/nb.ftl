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
doc-recruitment_figure = personer i det brutto rekrutteringsbehovet er dekket av tiltak og egne lærlinger
doc-recruitment_shortfall = { $n } personer udekket
doc-recruitment_incomplete = uten behov der avgangen ikke er oppgitt eller holdes tilbake
doc-cost_by_year = Kostnad per år
doc-year = År
doc-amount = Beløp
doc-of = av
doc-none = Ingen
doc-withheld = færre enn { $n }
doc-withheld_note = Tall for grupper med færre enn { $n } personer vises ikke, av personvernhensyn. Det gjelder også summer som tallene kan regnes ut fra, og aldersgrupper og år med færre enn { $n } personer slås sammen med gruppen ved siden av.
doc-under = under { $n }
doc-chart_table_note = Tallene i figuren:
doc-recruitment_basis = behov { $needs }: gap { $gap } + forventet avgang { $departures }

## steps
steps-s1 = Organisering og involvering
steps-s2 = Forankring
steps-s3 = Overordnede mål og føringer
steps-s4 = Hva er kompetanse?
steps-s5 = Kompetanse- og bemanningsanalyse
steps-s6 = Kompetansestrategier og tiltak
steps-s7 = Gjennomføring, oppfølging og evaluering
steps-appendix_a = Vedlegg A: Fra mål til tiltak
steps-appendix_b = Vedlegg { $letter }: Endringer siden forrige versjon
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
step2-anchoring = Dokumenter og vedtak
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
step5-workforce_intro = Tallene gjelder per datoen som er oppgitt.
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
step5-as_of = Per dato
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
step5-gap_chart_intro = Gapet er differansen mellom det som kreves, og det som finnes i dag.
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
step6-budget_intro = Kostnadene per år, fordelt på finansieringskilde.
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
step6-scheme_from = gjelder fra og med { $from }
step6-scheme_until = gjelder til og med { $until }
step6-scheme_years = gjelder { $from }–{ $until }
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
# `$n`: years; 1 to 10 spelled out, a larger number as digits ("hvert 12. år").
step7-plan_interval = Hele planen revideres { $n ->
        [1] hvert år
        [2] hvert andre år
        [3] hvert tredje år
        [4] hvert fjerde år
        [5] hvert femte år
        [6] hvert sjette år
        [7] hvert sjuende år
        [8] hvert åttende år
        [9] hvert niende år
        [10] hvert tiende år
       *[other] hvert { $n }. år
    }.
step7-action_interval = Tiltaksdelen rulleres { $n ->
        [1] hvert år
        [2] hvert andre år
        [3] hvert tredje år
        [4] hvert fjerde år
        [5] hvert femte år
        [6] hvert sjette år
        [7] hvert sjuende år
        [8] hvert åttende år
        [9] hvert niende år
        [10] hvert tiende år
       *[other] hvert { $n }. år
    }.
step7-next_review = Neste gjennomgang
step7-indicators = Indikatorer
step7-indicator = Indikator
step7-baseline = Utgangspunkt
step7-latest = Siste måling
step7-target = Målverdi
step7-direction = Ønsket retning
step7-on_track = I rute
step7-not_on_track = Ikke i rute
step7-unknown = Ikke målt ennå

## appendix_a
appendix_a-intro = Tabellen viser hvordan hvert mål følges opp av kompetansebehov og tiltak. Det som mangler, er merket med ⚠.
appendix_a-goal = Mål
appendix_a-need = Behov
appendix_a-measures = Tiltak
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
    .retired = Opphevet

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
diff-manifest = Planens grunndata
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

## wording
step7-source = Kilde
## layout
# Bunnteksten på hver utskrevne side (nettleserens utskrift av plan.html).
doc-page_number = side { $page } av { $pages }
# Kolonnene i tabellen som gir tidslinjen i plan.md.
step6-start = Start
step6-end = Slutt
## findings
steps-appendix_remarks = Vedlegg { $letter }: Merknader
doc-colophon = Laget { $date } med kplan { $version }.
remarks-intro = Planen er kontrollert for sammenheng og fullstendighet: at målene har behov og tiltak, at tall og datoer stemmer med hverandre, og at opplysningene et vedtak bygger på, er med. Merknadene nedenfor gjelder denne versjonen av planen.
remarks-warnings = Bør følges opp
remarks-warnings_intro = Forhold som bør rettes eller forklares:
remarks-notes = Til orientering
remarks-notes_intro = Råd som ikke krever endringer i planen:
remarks-concerns = Gjelder { $list }.
remarks-summary_one = Kontrollen av planen har én merknad, se { $appendix }.
remarks-summary_other = Kontrollen av planen har { $n } merknader, se { $appendix }.
remarks-appendix = vedlegg { $letter }
remarks-none = Kontrollen av planen fant ingen merknader.
# Setningen for en regel når meldingen selv nevner felt, filer eller verktøyet; en liste over
# elementene merknaden gjelder, følger etter («Gjelder tiltak T1, tiltak T3.»).
remarks-rules =
    .parse = En planfil kunne ikke leses.
    .schema = En opplysning i planen har feil form eller et ukjent felt.
    .manifest = Planens grunndata er ufullstendige.
    .invalid-id = En id i planen følger ikke reglene for id-er.
    .duplicate-id = Den samme id-en er brukt for flere elementer i planen.
    .copied-file = En planfil er en kopi av en annen, så innholdet står to ganger.
    .unknown-reference = Planen viser til noe som ikke finnes i planen.
    .wrong-reference-kind = Planen viser til et element av feil type (for eksempel et tiltak der det skal stå et mål).
    .goal-without-need = Mål uten kompetansebehov: ingen behov er knyttet til målet.
    .workspace = Listen over planene i planverket, id-en til en plan eller planen den utdyper, henger ikke sammen.
    .contributes-to-non-ancestor = En henvisning til en annen plan viser til en plan som ikke står over denne.
    .parent-goal-not-served = Mål som ingen sektorplan bidrar til, og som ikke har egne behov.
    .period-outside-parent = Planperioden ligger ikke innenfor perioden til planen denne planen utdyper.
    .cross-plan-reference = Henvisninger til andre planer, som bare kontrolleres når hele planverket kontrolleres.
    .goal-without-measure = Mål uten tiltak: ingen tiltak arbeider med behovene til målet.
    .measure-without-need = Tiltak som ikke viser til noe kompetansebehov.
    .invalid-period = En periode starter etter at den slutter.
    .adoption-missing = Planen står som vedtatt, men opplysningene om vedtaket (organ, dato eller saksnummer) mangler.
    .value-out-of-range = Et tall i planen ligger utenfor det som er mulig eller rimelig.
    .personal-data = En tekst i planen ser ut til å inneholde et fødselsnummer eller D-nummer.
    .responsible-missing = Det er ikke oppgitt hvem som er ansvarlig.
    .indicator-direction = Målverdien for en indikator går i motsatt retning av det som er ønsket.
    .comment-in-text = En tekst i planen kan være kuttet av ved et #-tegn.
    .need-without-measure = Kompetansebehov uten tiltak: gapet er ikke dekket.
    .gap-not-closed = Tiltakene for et kompetansebehov dekker ikke hele gapet.
    .replacement-not-covered = Tiltakene dekker ikke gapet pluss den forventede avgangen for et behov.
    .negative-gap = Et behov krever mindre enn det som finnes i dag, mens strategien er å anskaffe eller utvikle kompetanse.
    .strategy-mismatch = Strategien til et tiltak er en annen enn strategien til behovet det skal dekke.
    .outside-period = En dato eller et år ligger utenfor planperioden.
    .goal-without-indicator = Mål uten indikator: det er ikke sagt hvordan målet skal måles.
    .goal-without-basis = Mål som ikke bygger på noen føring eller forankring.
    .indicator-incomplete = Indikator uten utgangspunkt eller målverdi.
    .measure-without-cost = Tiltak uten kostnader, som derfor ikke er med i budsjettet.
    .no-employee-representative = Ingen i gruppene representerer de ansatte (tillitsvalgt).
    .no-budget-anchoring = Planen er ikke forankret i økonomiplanen eller et budsjett.
    .adoption-before-consultation = Planen ble vedtatt før den ble drøftet med arbeidstakerorganisasjonene.
    .missing-step = Ett av de sju stegene i planen har ikke noe innhold.
    .unused = Et element er ført opp i planen, men ingenting viser til det.
    .workforce-mismatch = Aldersprofilen eller den forventede avgangen stemmer ikke med antall ansatte.
    .part-time-inconsistent = Andelen deltid stemmer ikke med årsverkene og antall ansatte.
    .departures-exceed-staff = Den forventede avgangen er større enn antall ansatte.
    .apprentices-below-recommendation = Planen har færre læreplasser enn KS anbefaler (2 per 1 000 innbyggere).
    .small-group = Tallene for en gruppe med få ansatte vises ikke, av personvernhensyn.
    .measure-overdue = Tiltak som skulle vært avsluttet, står fortsatt som planlagt eller pågående.
    .evaluation-schedule-mismatch = Evalueringsplanen følger ikke den rulleringen planen har satt opp.
    .review-overdue = Datoen for neste gjennomgang av planen er passert.
    .responsible-is-person = En person er ført opp som ansvarlig; planen bør oppgi en rolle.
    .participants-exceed-group = Et tiltak har flere deltakere enn det er ansatte i målgruppen.
    .indicator-not-measured = En indikator mangler måling for et år som er omme.
    .future-fact = Noe er ført opp som målt, gjennomført eller evaluert med en dato som ikke er kommet ennå.
    .not-adopted = Planperioden har begynt, men planen er ikke vedtatt.
    .plan-expired = Planperioden er over, men planen står fortsatt som gjeldende.
    .co-funding-missing = Et tiltak mangler egenandelen fra eget budsjett som tilskuddet krever.
    .grant-outside-scheme = En kostnad er ført på en tilskuddsordning for et år ordningen ikke gjelder.
    .grant-status-implausible = Statusen for en søknad om tilskudd stemmer ikke med året den gjelder.
    .grant-not-eligible = En tilskuddsordning er ført opp for et tiltak den ikke dekker.
    .strategy-balance = Ingen behov eller tiltak mobiliserer kompetansen de ansatte allerede har.
    .example-text = Planen inneholder fortsatt eksempeltekst fra malen.
    .ignored-file = En fil i planmappen er ikke lest, fordi navnet ikke er navnet på en planfil.
    .attachment = Kommunevåpenet eller et av vedleggene til planen kunne ikke leses.

# Appendix B og kplan diff: feltene i en plan slik leseren kjenner dem. Et sammensatt navn
# (`adoption-date`) gjelder et felt inne i et annet og går foran feltets eget.
diff-fields =
    .administrator = Forvaltes av
    .age = Aldersprofil
    .ambition = Ambisjon
    .amount = Beløp
    .application_deadline = Søknadsfrist
    .area = Kompetanseområde
    .arena = Læringsarena
    .as_of = Per dato
    .based_on = Bygger på
    .contributes_to = Bidrar til
    .exclude = Ikke med
    .body = Organ
    .case = Saksnummer
    .baseline = Utgangspunkt
    .binding_months = Bindingstid (måneder)
    .by = Innen
    .category = Kategori
    .closes = Dekker
    .collective_only = Bare kollektiv kompetanseutvikling
    .completing = Lærlinger som tar fagbrev
    .components = Kompetansen består av
    .costs = Kostnader
    .covered_costs = Dekkede kostnader
    .current = Nå
    .date = Dato
    .decision = Beslutning
    .definition = Definisjon
    .departures = Forventet avgang
    .description = Beskrivelse
    .direction = Ønsket retning
    .done = Gjennomført
    .education = Utdanningskrav
    .employees = Ansatte
    .end = Slutt
    .figures = Tall
    .findings = Funn
    .form = Form
    .formal_competence = Formell kompetanse
    .from_year = Fra år
    .fte = Årsverk
    .funding = Finansiering
    .goals = Mål
    .groups = Grupper
    .indicators = Indikatorer
    .kind = Type
    .language = Språk
    .level = Nivå
    .mandate = Mandat
    .match_percent = Egenandel
    .measurements = Målinger
    .members = Medlemmer
    .milestones = Milepæler
    .municipality = Kommune
    .municipality_number = Kommunenummer
    .name = Navn
    .need = Behov
    .needs = Dekker behov
    .next_review = Neste gjennomgang
    .owner = Planeier
    .parent = Del av
    .part_time = Deltid
    .participants = Deltakere
    .period = Planperiode
    .places = Læreplasser
    .population = Innbyggertall
    .priority = Prioritet
    .qualification = Kvalifikasjon
    .quantity = Måles i
    .rationale = Begrunnelse
    .records = Gjennomførte evalueringer
    .reference = Referanse
    .replace_departures = Erstatter avgang
    .report_deadline = Rapporteringsfrist
    .reporting = Rapportering
    .represents = Representerer
    .required = Krav
    .responsible = Ansvarlig
    .role = Stillingsgruppe
    .schedule = Evalueringsplan
    .scope = Omfang
    .selection = Utvelgelse
    .sick_leave = Sykefravær
    .source = Kilde
    .start = Start
    .status = Status
    .strategy = Strategi
    .study_leave = Permisjon
    .summary = Sammendrag
    .target = Mål
    .target_group = Målgruppe
    .title = Tittel
    .trade = Lærefag
    .turnover = Turnover
    .unit = Enhet
    .until_year = Til og med år
    .unwanted_part_time = Ufrivillig deltid
    .vacancies = Vakante årsverk
    .value = Verdi
    .version = Versjon
    .year = År
    .adoption = Vedtak
    .revision = Rullering
    .plan_interval_years = Hele planen revideres hvert (år)
    .action_interval_years = Tiltaksdelen rulleres hvert (år)
    .period-start = Planperiodens første år
    .period-end = Planperiodens siste år
    .adoption-body = Vedtatt av
    .adoption-date = Vedtaksdato
    .adoption-case = Saksnummer
    .baseline-value = Utgangspunkt
    .baseline-year = År for utgangspunktet
    .target-value = Målverdi
    .target-year = Målår
    .members-role = Rolle
    .members-name = Navn
    .groups-name = Navn
    .consultation = Høring
    .consulted = Høringsinstanser
    .deadline = Frist
    .file = Fil
    .foreword = Forord
    .signed_by = Underskrevet av
    .text = Tekst
    .consultation-deadline = Høringsfrist
    .consultation-summary = Innspill i høringen
    .foreword-date = Dato for forordet
    .adoption-decision = Vedtakstekst
    .signed_by-role = Rolle
    .signed_by-name = Navn
# Ett element i en liste («kostnad 2025, Eget budsjett»).
diff-entries =
    .costs = Kostnad
    .needs = Behov
    .measurements = Måling
    .members = Medlem
    .groups = Gruppe
    .milestones = Milepæl
    .schedule = Planlagt evaluering
    .records = Evaluering
    .age = Aldersgruppe
    .departures = Forventet avgang
    .places = Læreplasser
    .completing = Fagbrev
diff-yes = Ja
diff-no = Nei
diff-withheld = ikke vist (personvern)
diff-all_rows = { $unit }, hele enheten
diff-version = versjon { $version }
diff-adopted = vedtatt { $date }
diff-git = git { $rev }
diff-yearly = { $date } hvert år
diff-entry_present = ført opp
enum-indicator_quantity =
    .percent = prosent
    .persons = personer
    .fte = årsverk
    .amount = kroner
    .score = poeng
    .count = antall
enum-language =
    .nb = bokmål
    .nn = nynorsk
    .en = engelsk
diff-adopted_version = versjonen vedtatt { $date }
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
