# Nynorsk. Every catalogue has exactly the same keys (a test checks it).
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
doc-toc = Innhald
doc-municipality_number = Kommunenummer
doc-scope = Omfang
doc-period = Planperiode
doc-status = Status
doc-version = Versjon
doc-adopted_by = Vedteken av
doc-adoption_date = Vedtaksdato
doc-case = Saksnummer
doc-summary = Samandrag
doc-key_figures = Nøkkeltal
doc-goals = Mål
doc-needs = Kompetansebehov
doc-measures = Tiltak
doc-total_cost = Samla kostnad i planperioden
doc-coverage_goals = Mål med behov og tiltak
doc-coverage_needs = Behov med tiltak
doc-recruitment_figure = personar i det brutto rekrutteringsbehovet er dekte av tiltak og eigne lærlingar
doc-recruitment_shortfall = { $n } personar udekte
doc-recruitment_incomplete = utan behov der avgangen ikkje er oppgitt eller er halden tilbake
doc-cost_by_year = Kostnad per år
doc-year = År
doc-amount = Beløp
doc-of = av
doc-none = Ingen
doc-withheld = færre enn { $n }
doc-withheld_note = Tal for grupper med færre enn { $n } personar er ikkje viste, av omsyn til personvernet. Det gjeld òg summar som tala kan reknast ut frå, og aldersgrupper og år med færre enn { $n } personar blir slått saman med gruppa ved sida av.
doc-under = under { $n }
doc-chart_table_note = Tala i figuren:
doc-recruitment_basis = behov { $needs }: gap { $gap } + forventa avgang { $departures }

## steps
steps-s1 = Organisering og involvering
steps-s2 = Forankring
steps-s3 = Overordna mål og føringar
steps-s4 = Kva er kompetanse?
steps-s5 = Kompetanse- og bemanningsanalyse
steps-s6 = Kompetansestrategiar og tiltak
steps-s7 = Gjennomføring, oppfølging og evaluering
steps-appendix_a = Vedlegg A: Frå mål til tiltak
steps-appendix_b = Vedlegg { $letter }: Endringar sidan førre versjon
steps-step = Steg

## step1
step1-owner = Planeigar
step1-mandate = Mandat
step1-groups = Grupper
step1-member_role = Rolle
step1-member_name = Namn
step1-member_represents = Representerer
step1-milestones = Milepælar
step1-milestone_date = Dato
step1-milestone = Milepæl
step1-milestone_done = Gjennomført
step1-yes = Ja
step1-no = Nei
step1-units = Einingar
step1-unit = Eining
step1-parent = Del av
step1-roles = Stillingsgrupper
step1-role = Stillingsgruppe
step1-education = Utdanningskrav

## step2
step2-anchoring = Dokument og vedtak
step2-anchoring_intro = Planen byggjer på desse dokumenta og vedtaka:
step2-kind = Type
step2-document = Dokument eller vedtak
step2-reference = Referanse
step2-date = Dato
step2-ambitions = Ambisjonar

## step3
step3-guidelines = Føringar
step3-goals = Mål
step3-basis = Byggjer på
step3-ambition = Ambisjon
step3-indicators = Indikatorar
step3-needs = Kompetansebehov
step3-measures = Tiltak

## step4
step4-definition = Definisjon
step4-source = Kjelde
step4-components = Kompetansen består av
step4-areas = Kompetanseområde
step4-area = Område
step4-category = Kategori
step4-qualification = Kvalifikasjon

## step5
step5-workforce = Bemanningstal
step5-workforce_intro = Tala gjeld per datoen som er oppgitt.
step5-position_size = Gjennomsnittleg stillingsstorleik
step5-unwanted_part_time = Ufrivillig deltid
step5-vacancies = Vakante årsverk
step5-source = Kjelde
step5-total = Sum
step5-incomplete = utanom grupper som er haldne tilbake
step5-key_figures = Nøkkeltal for heile planen
step5-key_figure = Nøkkeltal
step5-value = Verdi
step5-key_figures_note = Kvar person blir talt éin gong: for kvar eining gjeld tala frå siste dato, og ei rad for heile eininga erstattar radene for stillingsgruppene og undereiningane ho omfattar. Prosentane er gjennomsnitt vekta med talet på tilsette i radene som oppgir dei.
step5-role = Stillingsgruppe
step5-as_of = Per dato
step5-employees = Tilsette
step5-fte = Årsverk
step5-formal_competence = Formell kompetanse
step5-part_time = Deltid
step5-turnover = Turnover
step5-sick_leave = Sjukefråvær
step5-age = Aldersprofil
step5-age_band = Aldersgruppe
step5-persons = Personar
step5-departures = Forventa avgang
step5-all_roles = Alle
step5-needs = Kompetansebehov
step5-need = Behov
step5-area = Område
step5-target_group = Målgruppe
step5-current = I dag
step5-required = Krav
step5-gap = Gap
step5-closed = Dekt av tiltak
step5-replacement = Forventa avgang til og med { $by }
step5-recruitment = Rekrutteringsbehov (gap + avgang)
step5-by = Innan
step5-priority = Prioritet
step5-strategy = Strategi
step5-goals = Mål
step5-gap_chart_intro = Gapet er skilnaden mellom det som krevst, og det som finst i dag.
step5-part_staffing = Del 1: Bemanning
step5-part_staffing_intro = Kor mange medarbeidarar i kvar stillingsgruppe har vi, kor mange treng vi, og kor mange ventar vi å miste i planperioden? Rekrutteringsbehovet er gapet pluss dei som sluttar.
step5-part_competence = Del 2: Kompetanse
step5-staffing_needs = Bemanningsbehov og rekruttering
step5-staffing_needs_intro = Brutto rekrutteringsbehov er gapet (krav minus i dag) pluss forventa avgang frå og med det første året i planperioden til og med året behovet skal vere dekt («Innan»). Udekt er rekrutteringsbehovet minus det tiltaka og eigne lærlingar dekkjer.
step5-staffing_needs_note = «Ikkje vist»: talet ville avsløre tal for grupper som er haldne tilbake av omsyn til personvernet. «–»: planen oppgir ikkje talet (tiltaka oppgir ikkje kor mykje dei dekkjer, eller bemanningstala oppgir ingen forventa avgang).
step5-departures_through_by = Forventa avgang
step5-recruitment_short = Rekrutteringsbehov
step5-own_apprentices = Eigne lærlingar
step5-shortfall = Udekt
step5-closed_with_apprentices = Dekt av tiltak og eigne lærlingar
step5-replacement_withheld = ikkje vist (personvern)
step5-apprentices = Eigne lærlingar
step5-apprentices_intro = KS tilrår eigne lærlingar som rekrutteringsveg til fagarbeidarstillingar. Læreplassar er lærlingar i opplæring i året. Lærlingar som er venta å ta fagbrev, tel med når rekrutteringsbehovet for same stillingsgruppe skal dekkjast.
step5-apprentice_places = Læreplassar per år
step5-apprentice_completing = Lærlingar som er venta å ta fagbrev
step5-trade = Lærefag
step5-per_thousand = Per 1 000 innbyggjarar
step5-recommended = Læreplassar etter tilrådinga frå KS ({ $n } per 1 000 innbyggjarar)
step5-population_note = Innbyggjartal: { $population }. Landstinget i KS tilrådde i 2016 minst { $n } lærlingar per 1 000 innbyggjarar, runda opp til heile plassar; ⚠ tyder under tilrådinga. Tilrådinga gjeld heile kommunen; tabellen viser lærlingane i denne planen.
step5-counts_toward = Tel for behov
step5-partial_note = * Gjeld berre radene som oppgir talet.
step5-covered_parts = tiltak { $closed } + eigne lærlingar { $apprentices }
step5-completing_note = «–» under «Tel for behov»: ingen behov for same stillingsgruppe (i eininga) skal erstatte avgang, så lærlingane tel ikkje med i noko rekrutteringsbehov.

## step6
step6-strategies = Strategiar
step6-no_strategy_text = Planen skildrar ikkje denne strategien.
step6-no_measures = Ingen tiltak med denne strategien.
step6-measures = Tiltak
step6-measure = Tiltak
step6-responsible = Ansvarleg
step6-period = Periode
step6-status = Status
step6-participants = Deltakarar
step6-cost = Kostnad
step6-arena = Læringsarena
step6-target_group = Målgruppe
step6-unit = Eining
step6-needs = Dekkjer behov
step6-closes = dekkjer { $n }
step6-indicators = Indikatorar
step6-costs = Kostnader
step6-funding = Finansiering
step6-budget = Budsjett
step6-budget_intro = Kostnadene per år, fordelte på finansieringskjelde.
step6-source = Kjelde
step6-total = Sum
step6-by_strategy = Kostnad per strategi
step6-by_status = Kostnad per budsjettstatus
step6-administrator = Forvalta av
step6-funding_reference = Referanse
step6-timeline = Tidslinje
step6-form = Form
step6-budget_rejected = Avslåtte søknader ({ $amount }) står ved tiltaket, men er ikkje rekna med i budsjettet.
step6-grant_calendar = Tilskotskalender
step6-grant_calendar_intro = Søknads- og rapporteringsfristar for finansieringskjeldene i planperioden, i datorekkjefølgje.
step6-deadline = Frist
step6-date = Dato
step6-application_deadline = Søknadsfrist
step6-report_deadline = Rapporteringsfrist
step6-education_rules = Reglar for utdanningsstøtte
step6-education_rules_intro = Vilkåra for tiltak der kommunen støttar utdanning.
step6-study_leave = Permisjon
step6-covered_costs = Dekte kostnader
step6-binding_time = Bindingstid
step6-binding_months = { $n } månader
step6-no_binding = Ingen
step6-selection = Utval
step6-conditions = Vilkår
step6-match_percent = eigendel { $n } % av tilskotet
step6-scheme_from = gjeld frå og med { $from }
step6-scheme_until = gjeld til og med { $until }
step6-scheme_years = gjeld { $from }–{ $until }
step6-collective_only = berre kollektiv, arbeidsplassbasert kompetanseutvikling

## step7
step7-responsible = Ansvarleg for oppfølging
step7-reporting = Rapportering
step7-schedule = Evalueringsplan
step7-date = Dato
step7-scope = Omfang
step7-what = Kva
step7-records = Gjennomførte evalueringar
step7-decision = Avgjerd
step7-revision = Rullering
# `$n`: years; 1 to 10 spelled out, a larger number as digits ("kvart 12. år").
step7-plan_interval = Heile planen blir revidert { $n ->
        [1] kvart år
        [2] kvart andre år
        [3] kvart tredje år
        [4] kvart fjerde år
        [5] kvart femte år
        [6] kvart sjette år
        [7] kvart sjuande år
        [8] kvart åttande år
        [9] kvart niande år
        [10] kvart tiande år
       *[other] kvart { $n }. år
    }.
step7-action_interval = Tiltaksdelen blir rullert { $n ->
        [1] kvart år
        [2] kvart andre år
        [3] kvart tredje år
        [4] kvart fjerde år
        [5] kvart femte år
        [6] kvart sjette år
        [7] kvart sjuande år
        [8] kvart åttande år
        [9] kvart niande år
        [10] kvart tiande år
       *[other] kvart { $n }. år
    }.
step7-next_review = Neste gjennomgang
step7-indicators = Indikatorar
step7-indicator = Indikator
step7-baseline = Utgangspunkt
step7-latest = Siste måling
step7-target = Målverdi
step7-direction = Ønskt retning
step7-on_track = I rute
step7-not_on_track = Ikkje i rute
step7-unknown = Ikkje målt enno

## appendix_a
appendix_a-intro = Tabellen viser korleis kvart mål blir følgt opp av kompetansebehov og tiltak. Det som manglar, er merkt med ⚠.
appendix_a-goal = Mål
appendix_a-need = Behov
appendix_a-measures = Tiltak
appendix_a-no_need = Ingen behov
appendix_a-no_measure = Ingen tiltak

## charts
charts-age_title = Aldersprofil – { $unit }
charts-departures_title = Forventa avgang per år – { $unit }
charts-gaps_title = Kompetansegap – { $unit }
charts-gaps_axis = Gap i { $unit }
charts-gaps_current = I dag
charts-gaps_required = Krav
charts-budget_title = Kostnader per år etter finansieringskjelde
charts-timeline_title = Tiltaka i planperioden
charts-timeline_description = Kvart tiltak er vist som ei linje frå start til slutt.

charts-gap_unit =
    .persons = personar
    .fte = årsverk
    .percent = prosentpoeng

enum-plan_status =
    .draft = Utkast
    .consultation = På høyring
    .adopted = Vedteken
    .retired = Oppheva

enum-group_kind =
    .steering = Styringsgruppe
    .project = Prosjektgruppe
    .working = Arbeidsgruppe
    .reference = Referansegruppe

enum-represents =
    .management = Leiing
    .employee-representative = Tillitsvald
    .safety-representative = Verneombod
    .hr = HR
    .employee = Tilsett
    .politician = Folkevald
    .other = Anna

enum-anchoring_kind =
    .municipal-plan = Kommuneplan
    .sector-plan = Sektorplan
    .employer-strategy = Arbeidsgjevarstrategi
    .economy-plan = Økonomiplan
    .budget = Budsjett
    .political-decision = Politisk vedtak
    .management = Leiinga
    .employee-organisations = Arbeidstakarorganisasjonane
    .other = Anna

enum-guideline_level =
    .national = Nasjonale føringar
    .regional = Regionale føringar
    .local = Lokale føringar

enum-guideline_kind =
    .law = Lov
    .regulation = Forskrift
    .white-paper = Stortingsmelding
    .national-strategy = Nasjonal strategi
    .norm = Norm
    .agreement = Avtale
    .demography = Demografi
    .plan = Plan
    .other = Anna

enum-component =
    .knowledge = kunnskapar
    .skills = ferdigheiter
    .abilities = evner
    .attitudes = haldningar

enum-area_kind =
    .formal = Formell kompetanse
    .non-formal = Uformell kompetanse

enum-area_category =
    .professional = Fag
    .digital = Digital
    .leadership = Leiing
    .collaboration = Samarbeid
    .change = Omstilling
    .language = Språk
    .other = Anna

enum-strategy =
    .acquire = Skaffe
    .develop = Utvikle
    .mobilise = Mobilisere
    .phase-out = Avvikle

enum-strategy_intro =
    .acquire = Rekruttere eller samarbeide for å få kompetanse som organisasjonen ikkje har.
    .develop = Utvikle kompetansen til dei som alt arbeider her.
    .mobilise = Ta i bruk kompetansen som alt finst, betre enn i dag.
    .phase-out = Avvikle kompetanse som organisasjonen ikkje lenger treng.

enum-need_quantity =
    .persons = personar
    .fte = årsverk
    .percent = prosent

enum-priority =
    .high = Høg
    .medium = Middels
    .low = Låg

enum-funding_kind =
    .own-budget = Eige budsjett
    .state-grant = Statleg tilskot
    .fund = Fond
    .partner = Samarbeidspartnar
    .other = Anna

enum-arena =
    .workplace = På arbeidsplassen
    .course = Kurs
    .e-learning = E-læring
    .further-education = Vidareutdanning
    .network = Nettverk
    .other = Anna

enum-measure_status =
    .planned = Planlagt
    .ongoing = I gang
    .completed = Gjennomført
    .postponed = Utsett
    .cancelled = Avlyst

enum-cost_status =
    .budgeted = Budsjettert
    .to-apply = Skal søkjast
    .applied = Søkt
    .granted = Innvilga
    .rejected = Avslått

enum-measure_form =
    .individual = Individuell
    .collective = Kollektiv

enum-study_leave =
    .paid = Permisjon med løn
    .unpaid = Permisjon utan løn
    .partly-paid = Delvis lønna permisjon
    .none = Ingen permisjon

enum-direction =
    .increase = Auke
    .decrease = Redusere

enum-reporting =
    .annual-report = I årsmeldinga
    .separate-report = I eigen rapport
    .both = I årsmeldinga og i eigen rapport

enum-evaluation_scope =
    .plan = Heile planen
    .actions = Tiltaksdelen

enum-decision =
    .continue = Vidareføre
    .adjust = Justere
    .stop = Avslutte

## sections
sections-organisation = Organisering
sections-units = Einingar
sections-roles = Stillingsgrupper
sections-anchoring = Forankring
sections-ambitions = Ambisjonar
sections-guidelines = Føringar
sections-goals = Mål
sections-competence = Kompetanseomgrepet
sections-competence_areas = Kompetanseområde
sections-workforce = Bemanning
sections-needs = Kompetansebehov
sections-apprentices = Eigne lærlingar
sections-strategies = Strategiar
sections-funding = Finansiering
sections-measures = Tiltak
sections-indicators = Indikatorar
sections-evaluation = Evaluering

## diff
diff-intro = Vedlegget viser kva som er endra i planen sidan { $old }, og kva endringane har å seie for budsjettet og for dekninga av måla.
diff-title = Endringar frå { $old } til { $new }
diff-summary = { $added } lagt til, { $removed } fjerna, { $renamed } med ny id, { $changed } endra
diff-no_changes = Ingen endringar.
diff-manifest = Grunndata for planen
diff-added = Lagt til
diff-removed = Fjerna
diff-renamed = Ny id
diff-changed = Endra
diff-field = Felt
diff-before = Før
diff-after = Etter
diff-difference = Endring
diff-consequences = Konsekvensar
diff-total_cost = Samla kostnad
diff-cost_by_year = Kostnad per år
diff-cost_by_source = Kostnad per finansieringskjelde
diff-coverage = Dekning
diff-coverage_goals = Mål med behov og tiltak
diff-coverage_needs = Behov med tiltak
diff-goals_lost = Mål som ikkje lenger har tiltak
diff-needs_lost = Behov som ikkje lenger har tiltak
diff-moved = Tiltak med endra periode
diff-year = År
diff-source = Kjelde
diff-this_version = denne versjonen
diff-working_tree = arbeidskopien

## wording
step7-source = Kjelde
## layout
# Botnteksten på kvar utskriven side (utskrift av plan.html frå nettlesaren).
doc-page_number = side { $page } av { $pages }
# Kolonnane i tabellen som gjev att tidslinja i plan.md.
step6-start = Start
step6-end = Slutt
## findings
steps-appendix_remarks = Vedlegg { $letter }: Merknader
doc-colophon = Laga { $date } med kplan { $version }.
remarks-intro = Planen er kontrollert for samanheng og fullstendigheit: at måla har behov og tiltak, at tal og datoar stemmer med kvarandre, og at opplysningane eit vedtak byggjer på, er med. Merknadene nedanfor gjeld denne versjonen av planen.
remarks-warnings = Bør følgjast opp
remarks-warnings_intro = Forhold som bør rettast eller forklarast:
remarks-notes = Til orientering
remarks-notes_intro = Råd som ikkje krev endringar i planen:
remarks-concerns = Gjeld { $list }.
remarks-summary_one = Kontrollen av planen har éin merknad, sjå { $appendix }.
remarks-summary_other = Kontrollen av planen har { $n } merknader, sjå { $appendix }.
remarks-appendix = vedlegg { $letter }
remarks-none = Kontrollen av planen fann ingen merknader.
# Setninga for ein regel når meldinga sjølv nemner felt, filer eller verktøyet; ei liste over
# elementa merknaden gjeld, følgjer etter («Gjeld tiltak T1, tiltak T3.»).
remarks-rules =
    .parse = Ei planfil kunne ikkje lesast.
    .schema = Ei opplysning i planen har feil form eller eit ukjent felt.
    .manifest = Grunndata for planen er ufullstendige.
    .invalid-id = Ein id i planen følgjer ikkje reglane for id-ar.
    .duplicate-id = Den same id-en er brukt for fleire element i planen.
    .copied-file = Ei planfil er ein kopi av ei anna, så innhaldet står to gonger.
    .unknown-reference = Planen viser til noko som ikkje finst i planen.
    .wrong-reference-kind = Planen viser til eit element av feil type (til dømes eit tiltak der det skal stå eit mål).
    .goal-without-need = Mål utan kompetansebehov: ingen behov er knytte til målet.
    .workspace = Lista over planane i planverket, id-en til ein plan eller planen han utdjupar, heng ikkje saman.
    .contributes-to-non-ancestor = Ei tilvising til ein annan plan viser til ein plan som ikkje står over denne.
    .parent-goal-not-served = Mål som ingen sektorplan bidreg til, og som ikkje har eigne behov.
    .period-outside-parent = Planperioden ligg ikkje innanfor perioden til planen denne planen utdjupar.
    .cross-plan-reference = Tilvisingar til andre planar, som berre vert kontrollerte når heile planverket vert kontrollert.
    .goal-without-measure = Mål utan tiltak: ingen tiltak arbeider med behova til målet.
    .measure-without-need = Tiltak som ikkje viser til noko kompetansebehov.
    .invalid-period = Ein periode startar etter at han sluttar.
    .adoption-missing = Planen står som vedteken, men opplysningane om vedtaket (organ, dato eller saksnummer) manglar.
    .value-out-of-range = Eit tal i planen ligg utanfor det som er mogleg eller rimeleg.
    .personal-data = Ein tekst i planen ser ut til å innehalde eit fødselsnummer eller D-nummer.
    .responsible-missing = Det er ikkje oppgitt kven som er ansvarleg.
    .indicator-direction = Målverdien for ein indikator går i motsett retning av det som er ønskt.
    .comment-in-text = Ein tekst i planen kan vere kutta av ved eit #-teikn.
    .need-without-measure = Kompetansebehov utan tiltak: gapet er ikkje dekt.
    .gap-not-closed = Tiltaka for eit kompetansebehov dekkjer ikkje heile gapet.
    .replacement-not-covered = Tiltaka dekkjer ikkje gapet pluss den forventa avgangen for eit behov.
    .negative-gap = Eit behov krev mindre enn det som finst i dag, medan strategien er å skaffe eller utvikle kompetanse.
    .strategy-mismatch = Strategien til eit tiltak er ein annan enn strategien til behovet det skal dekkje.
    .outside-period = Ein dato eller eit år ligg utanfor planperioden.
    .goal-without-indicator = Mål utan indikator: det er ikkje sagt korleis målet skal målast.
    .goal-without-basis = Mål som ikkje byggjer på nokon føring eller forankring.
    .indicator-incomplete = Indikator utan utgangspunkt eller målverdi.
    .measure-without-cost = Tiltak utan kostnader, som difor ikkje er med i budsjettet.
    .no-employee-representative = Ingen i gruppene representerer dei tilsette (tillitsvald).
    .no-budget-anchoring = Planen er ikkje forankra i økonomiplanen eller eit budsjett.
    .adoption-before-consultation = Planen vart vedteken før han vart drøfta med arbeidstakarorganisasjonane.
    .missing-step = Eitt av dei sju stega i planen har ikkje noko innhald.
    .unused = Eit element er ført opp i planen, men ingenting viser til det.
    .workforce-mismatch = Aldersprofilen eller den forventa avgangen stemmer ikkje med talet på tilsette.
    .part-time-inconsistent = Delen deltid stemmer ikkje med årsverka og talet på tilsette.
    .departures-exceed-staff = Den forventa avgangen er større enn talet på tilsette.
    .apprentices-below-recommendation = Planen har færre læreplassar enn KS tilrår (2 per 1 000 innbyggjarar).
    .small-group = Tala for ei gruppe med få tilsette er ikkje viste, av omsyn til personvernet.
    .measure-overdue = Tiltak som skulle ha vore avslutta, står framleis som planlagde eller pågåande.
    .evaluation-schedule-mismatch = Evalueringsplanen følgjer ikkje rulleringa planen har sett opp.
    .review-overdue = Datoen for neste gjennomgang av planen er passert.
    .responsible-is-person = Ein person er ført opp som ansvarleg; planen bør nemne ei rolle.
    .participants-exceed-group = Eit tiltak har fleire deltakarar enn det er tilsette i målgruppa.
    .indicator-not-measured = Ein indikator manglar måling for eit år som er omme.
    .future-fact = Noko er ført opp som målt, gjennomført eller evaluert med ein dato som ikkje er komen enno.
    .not-adopted = Planperioden har byrja, men planen er ikkje vedteken.
    .plan-expired = Planperioden er over, men planen står framleis som gjeldande.
    .co-funding-missing = Eit tiltak manglar eigendelen frå eige budsjett som tilskotet krev.
    .grant-outside-scheme = Ein kostnad er ført på ei tilskotsordning for eit år ordninga ikkje gjeld.
    .grant-status-implausible = Statusen for ein søknad om tilskot stemmer ikkje med året han gjeld.
    .grant-not-eligible = Ei tilskotsordning er ført opp for eit tiltak ho ikkje dekkjer.
    .strategy-balance = Ingen behov eller tiltak mobiliserer kompetansen dei tilsette alt har.
    .example-text = Planen inneheld framleis eksempeltekst frå malen.
    .ignored-file = Ei fil i planmappa er ikkje lesen, fordi namnet ikkje er namnet på ei planfil.
    .attachment = Kommunevåpenet eller eitt av vedlegga til planen kunne ikkje lesast.

# Vedlegg B og kplan diff: felta i ein plan slik lesaren kjenner dei. Eit samansett namn
# (`adoption-date`) gjeld eit felt inne i eit anna og går føre namnet til feltet sjølv.
diff-fields =
    .administrator = Forvalta av
    .age = Aldersprofil
    .ambition = Ambisjon
    .amount = Beløp
    .application_deadline = Søknadsfrist
    .area = Kompetanseområde
    .arena = Læringsarena
    .as_of = Per dato
    .based_on = Byggjer på
    .contributes_to = Bidreg til
    .exclude = Ikkje med
    .body = Organ
    .case = Saksnummer
    .baseline = Utgangspunkt
    .binding_months = Bindingstid (månader)
    .by = Innan
    .category = Kategori
    .closes = Dekkjer
    .collective_only = Berre kollektiv kompetanseutvikling
    .completing = Lærlingar som tek fagbrev
    .components = Kompetansen består av
    .costs = Kostnader
    .covered_costs = Dekte kostnader
    .current = No
    .date = Dato
    .decision = Avgjerd
    .definition = Definisjon
    .departures = Forventa avgang
    .description = Skildring
    .direction = Ønskt retning
    .done = Gjennomført
    .education = Utdanningskrav
    .employees = Tilsette
    .end = Slutt
    .figures = Tal
    .findings = Funn
    .form = Form
    .formal_competence = Formell kompetanse
    .from_year = Frå år
    .fte = Årsverk
    .funding = Finansiering
    .goals = Mål
    .groups = Grupper
    .indicators = Indikatorar
    .kind = Type
    .language = Språk
    .level = Nivå
    .mandate = Mandat
    .match_percent = Eigendel
    .measurements = Målingar
    .members = Medlemmer
    .milestones = Milepælar
    .municipality = Kommune
    .municipality_number = Kommunenummer
    .name = Namn
    .need = Behov
    .needs = Dekkjer behov
    .next_review = Neste gjennomgang
    .owner = Planeigar
    .parent = Del av
    .part_time = Deltid
    .participants = Deltakarar
    .period = Planperiode
    .places = Læreplassar
    .population = Innbyggjartal
    .priority = Prioritet
    .qualification = Kvalifikasjon
    .quantity = Blir målt i
    .rationale = Grunngjeving
    .records = Gjennomførte evalueringar
    .reference = Referanse
    .replace_departures = Erstattar avgang
    .report_deadline = Rapporteringsfrist
    .reporting = Rapportering
    .represents = Representerer
    .required = Krav
    .responsible = Ansvarleg
    .role = Stillingsgruppe
    .schedule = Evalueringsplan
    .scope = Omfang
    .selection = Utveljing
    .sick_leave = Sjukefråvær
    .source = Kjelde
    .start = Start
    .status = Status
    .strategy = Strategi
    .study_leave = Permisjon
    .summary = Samandrag
    .target = Mål
    .target_group = Målgruppe
    .title = Tittel
    .trade = Lærefag
    .turnover = Turnover
    .unit = Eining
    .until_year = Til og med år
    .unwanted_part_time = Ufrivillig deltid
    .vacancies = Vakante årsverk
    .value = Verdi
    .version = Versjon
    .year = År
    .adoption = Vedtak
    .revision = Rullering
    .plan_interval_years = Heile planen blir revidert kvart (år)
    .action_interval_years = Tiltaksdelen blir rullert kvart (år)
    .period-start = Første år i planperioden
    .period-end = Siste år i planperioden
    .adoption-body = Vedteken av
    .adoption-date = Vedtaksdato
    .adoption-case = Saksnummer
    .baseline-value = Utgangspunkt
    .baseline-year = År for utgangspunktet
    .target-value = Målverdi
    .target-year = Målår
    .members-role = Rolle
    .members-name = Namn
    .groups-name = Namn
    .consultation = Høyring
    .consulted = Høyringsinstansar
    .deadline = Frist
    .file = Fil
    .foreword = Føreord
    .signed_by = Underskriven av
    .text = Tekst
    .consultation-deadline = Høyringsfrist
    .consultation-summary = Innspel i høyringa
    .foreword-date = Dato for føreordet
    .adoption-decision = Vedtakstekst
    .signed_by-role = Rolle
    .signed_by-name = Namn
# Eitt element i ei liste («kostnad 2025, Eige budsjett»).
diff-entries =
    .costs = Kostnad
    .needs = Behov
    .measurements = Måling
    .members = Medlem
    .groups = Gruppe
    .milestones = Milepæl
    .schedule = Planlagd evaluering
    .records = Evaluering
    .age = Aldersgruppe
    .departures = Forventa avgang
    .places = Læreplassar
    .completing = Fagbrev
diff-yes = Ja
diff-no = Nei
diff-withheld = ikkje vist (personvern)
diff-all_rows = { $unit }, heile eininga
diff-version = versjon { $version }
diff-adopted = vedteken { $date }
diff-git = git { $rev }
diff-yearly = { $date } kvart år
diff-entry_present = ført opp
enum-indicator_quantity =
    .percent = prosent
    .persons = personar
    .fte = årsverk
    .amount = kroner
    .score = poeng
    .count = tal
enum-language =
    .nb = bokmål
    .nn = nynorsk
    .en = engelsk
diff-adopted_version = versjonen vedteken { $date }
## council
council-foreword = Føreord
council-decision = Vedtak
council-proposed_decision = Framlegg til vedtak
council-decision_by = { $body } gjorde slikt vedtak { $date }
council-decision_case = i sak { $case }
council-consultation = Høyring
council-consultation_deadline = Høyringsfrist
council-consulted = Høyringsinstansar
council-consultation_input = Innspel i høyringa
council-logo_alt = Kommunevåpenet til { $municipality }
council-appendix = Vedlegg { $letter }: { $title }
