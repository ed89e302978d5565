# Bokmål texts for `kplan init`. Every catalogue has exactly the same keys (a test checks it).
#
# Texts are used by the templates in templates/init/. A list of strings is printed line by line
# (as comment lines, or as the lines of a Markdown text). In example values these placeholders are
# replaced: {municipality}, {scope} (with a lower-case first letter), {start}, {end}, {next} (the
# year after start).

## files
files-step1 = 1-organisering
files-step2 = 2-forankring
files-step3 = 3-mal
files-step4 = 4-kompetanse
files-step5 = 5-analyse
files-step6 = 6-tiltak
files-step7 = 7-evaluering

## example
example-title = Strategisk kompetanseplan for

## gitignore
gitignore-comment = Dokumentet som kplan render lager, hører ikke hjemme i git.

## defaults
defaults-municipality = Eksempel kommune
defaults-scope = Hele kommunen
defaults-ask_municipality = Kommunens navn
defaults-ask_number = Kommunenummer (fire sifre, kan stå tomt)
defaults-ask_scope = Hva planen omfatter (hele kommunen, et tjenesteområde eller en stillingsgruppe)
defaults-ask_format = Filformat for planfilene: yaml eller toml
defaults-ask_period = Planperiode
defaults-next_steps = Neste steg: fyll inn planen med kommunens innhold (kommentarene i filene forklarer hvert steg), og kjør `kplan check { $dir }`.

# Shared by all files.
## common
common-mark = EKSEMPEL:
common-step_of = Steg { $n } av 7
common-model = KS-modellen «Strategisk kompetanseplanlegging»
common-how_to =
    Slik bruker du filen:
    - Tekster som begynner med «EKSEMPEL:», og alle tall, datoer og saksnumre, er eksempler.
    {"  "}Bytt dem ut med kommunens eget innhold. Eksemplene henger sammen på tvers av filene
    {"  "}(mål → behov → tiltak → kostnad → finansiering), så endre id-ene alle steder samtidig.
    - Trenger du flere av noe (flere mål, tiltak, enheter …), kopier eksempelet og gi kopien
    {"  "}en ny id.
    - Linjer som begynner med #, er kommentarer. Slett dem når du ikke trenger dem lenger.
    - Lengre tekster skriver du i Markdown: tomme linjer skiller avsnitt, «- » gir punktlister og
    {"  "}**tekst** gir fet skrift. Datoer skriver du ÅÅÅÅ-MM-DD, årstall som tall (2027).
    - Kjør `kplan check` etter hver endring; meldingene forteller hva som mangler, og hvor.
common-id =
    id-en er en kort, unik nøkkel i hele planen. Bruk A–Z, a–z, 0–9, punktum, bindestrek og
    understrek (ikke æ, ø, å eller mellomrom). Andre deler av planen viser til id-en.

# Ids of the worked example (ASCII, unique, referenced across files).
## ids
ids-area_unit = tjenesteomradet
ids-unit = enhet-a
ids-role = fagarbeider
ids-plan_anchoring = kommuneplan
ids-economy_anchoring = okonomiplan
ids-ambition = A1
ids-guideline = hovedtariffavtalen
ids-goal = G1
ids-area = fagbrev
ids-need = B1
ids-own_funding = eget-budsjett
ids-grant_funding = statstilskudd
ids-measure = T1
ids-mobilise_need = B2
ids-mobilise_measure = T2
ids-indicator = I1

# ---------------------------------------------------------------------------------------------
## manifest
manifest-intro =
    kplan.toml er manifestet: filen som gjør mappen til en kompetanseplan, og som holder
    planens navn, periode, språk og status. Selve innholdet står i stegfilene (1-… til 7-…).
manifest-plan = Opplysninger om planen som helhet.
manifest-title = Planens tittel slik den står på forsiden av dokumentet.
manifest-municipality = Kommunens navn.
manifest-municipality_number = Kommunenummeret (fire sifre). Valgfritt.
manifest-no_number =
    Kommunenummeret (fire sifre). Valgfritt – fjern # og fyll inn:
manifest-scope =
    Hva planen omfatter: hele kommunen, et tjenesteområde (f.eks. helse og
    omsorg) eller en stillingsgruppe.
manifest-period =
    Planperioden: første og siste år (start <= end). Tiltak, kostnader, behov og
    indikatormål skal ligge innenfor.
manifest-population =
    Innbyggertall (valgfritt): gir læreplasser per 1 000 innbyggere i dokumentet, og kplan check
    sammenligner med KS' anbefaling om minst 2. Utelat det i en plan for én sektor.
manifest-language = Språket i det ferdige dokumentet: nb (bokmål), nn (nynorsk) eller en (engelsk).
manifest-status = draft (utkast), consultation (på høring), adopted (vedtatt) eller retired (utgått).
manifest-version = Fritt versjonsnavn for denne utgaven av planen. Valgfritt.
manifest-summary =
    Sammendrag (Markdown). Valgfritt, men nyttig for politikere og ansatte som bare
    leser starten. Et forord med underskrift skriver du i [plan.foreword] under.
manifest-summary_text =
    Skriv et kort sammendrag: hvorfor { $municipality } lager planen, hvilke utfordringer
    den svarer på, og hva som er hovedgrepene i perioden { $start }–{ $end }.
manifest-version_value = 0.1
manifest-adoption =
    Vedtaket. Påkrevd når status er «adopted»: hvilket organ som vedtok planen (body), dato (date)
    og saksnummer (case). Fjern # foran linjene når planen er vedtatt:
manifest-adoption_body = Kommunestyret
manifest-adoption_case = PS 00/00
manifest-revision =
    Rullering (steg 7): planen er en rullerende plan. Hele planen revideres hvert
    plan_interval_years år og tiltaksdelen hvert action_interval_years år. next_review er datoen
    for neste gjennomgang; kplan check varsler når den er passert uten at en evaluering er
    registrert i 7-evaluering.
manifest-checks =
    Alvorlighetsgrad per regel (valgfritt): "error", "warning", "note" eller "off".
    `kplan explain REGEL` forklarer hver regel. Eksempel:
manifest-render = Innstillinger for `kplan render`.
manifest-privacy_threshold =
    Personverngrense: bemanningstall for grupper med færre personer enn dette vises ikke i tall i
    dokumentet, fordi små grupper kan avsløre hvem det gjelder. 5 er et vanlig valg.
manifest-output = Mappen dokumentet skrives til (standard «build», se .gitignore):
manifest-templates = Mappe med egne maler som erstatter de innebygde (valgfritt):

# ---------------------------------------------------------------------------------------------
## step1
step1-title = Organisering og involvering
step1-intro =
    Hvem gjør arbeidet, og med hvilket mandat?
    {""}
    KS anbefaler en prosjekt- eller arbeidsgruppe med ledere og ansatte fra området planen gjelder.
    Tillitsvalgte og, der det er relevant, verneombud bør delta – gjennom det ordinære
    medbestemmelsessystemet eller i partssammensatte grupper. Gruppen trenger et tydelig mandat:
    hva som skal leveres og når, hvem som har hvilke roller, og hvem som har ansvar for hva.
    Mandatet er en avtale mellom linjeledelsen og prosjektgruppen.
    {""}
    Tips: Ta med tillitsvalgte fra starten, ikke først når utkastet skal drøftes. Da blir planen
    bedre forankret, og dere unngår overraskelser underveis.
    {""}
    Filen beskriver også enhetene (units) og stillingsgruppene (roles) som resten av planen viser til.

step1-help =
    .organisation = Organiseringen av arbeidet. Står bare én gang i hele planen.
    .owner =
        Hvem eier planen? Skriv en rolle eller stilling, ikke et navn –
        rollen består når folk bytter jobb.
    .mandate =
        Mandatet for arbeidet (Markdown): bakgrunn, hva gruppen skal
        levere, frister og rapportering.
    .groups = Gruppene som deltar i arbeidet (valgfritt). Én blokk per gruppe.
    .group_name = Gruppens navn.
    .group_kind =
        Type gruppe: steering (styringsgruppe), project (prosjektgruppe), working
        (arbeidsgruppe) eller reference (referansegruppe).
    .members = Medlemmene, med rollen til hver enkelt.
    .member_role = Rollen eller stillingen, f.eks. «Hovedtillitsvalgt Fagforbundet».
    .member_name =
        Navn er valgfritt. Navnene på dem som har gjort arbeidet, er de eneste
        personopplysningene planen skal inneholde – planen blir et offentlig
        dokument. Fjern # for å ta med navnet:
    .member_represents =
        Hvem medlemmet representerer: management (ledelse), employee-representative
        (tillitsvalgt), safety-representative (verneombud), hr, employee (ansatt),
        politician (folkevalgt) eller other. Minst én tillitsvalgt bør være med (jf.
        Hovedtariffavtalen kapittel 3 og Hovedavtalen); ellers varsler kplan check.
    .milestones = Milepæler i arbeidet (valgfritt).
    .milestone_date = Datoen milepælen skal være nådd (ÅÅÅÅ-MM-DD).
    .milestone_title = Hva som skal være ferdig.
    .milestone_done = true når milepælen er nådd (standard false).
    .units =
        Enheter: tjenesteområder, enheter eller avdelinger som bemanningstall, behov og tiltak viser
        til. Ta bare med enheter planen faktisk sier noe om.
    .unit_name = Navnet på enheten slik det skal stå i planen.
    .unit_parent = id-en til enheten over denne (valgfritt).
    .roles =
        Stillingsgrupper eller målgrupper (f.eks. sykepleiere, lærere, fagarbeidere) som
        bemanningstall, behov og tiltak viser til.
    .role_name = Navnet på stillingsgruppen.
    .role_education = Det formelle utdanningskravet til stillingen (valgfritt).

step1-ex =
    .owner = Kommunedirektøren
    .mandate =
        Kommunedirektøren i { $municipality } har gitt prosjektgruppen i oppdrag å
        utarbeide en strategisk kompetanseplan for { $scope } for perioden { $start }–{ $end }.
        {""}
        Prosjektgruppen skal
        {""}
        1. kartlegge bemanning og kompetanse i enhetene,
        2. vurdere kompetansebehovet i perioden ut fra målene, føringene og befolkningsutviklingen,
        3. foreslå mål, strategier og tiltak med kostnader og finansiering,
        4. foreslå hvordan planen skal følges opp og evalueres.
        {""}
        Arbeidet skjer i samarbeid med tillitsvalgte og verneombud. Prosjektlederen rapporterer
        til kommunedirektørens ledergruppe ved hver milepæl.
    .group_name = Prosjektgruppe
    .member_management = Kommunalsjef (leder av prosjektgruppen)
    .member_hr = HR-rådgiver (prosjektleder)
    .member_employee_rep = Hovedtillitsvalgt, Fagforbundet
    .member_safety_rep = Hovedverneombud
    .member_name = Kari Nordmann
    .milestone_analysis = Kompetanse- og bemanningsanalysen er ferdig
    .milestone_adopted = Planen er vedtatt
    .unit_name = Enhet A
    .role_name = Fagarbeidere
    .role_education = Fagbrev i relevant fag

# ---------------------------------------------------------------------------------------------
## step2
step2-title = Forankring
step2-intro =
    Hva bygger planen på, og hva vil kommunen oppnå med den?
    {""}
    En plan blir bare gjennomført hvis den er forankret: i toppledelsen, politisk så langt
    delegeringen krever, og hos arbeidstakerorganisasjonene. Alle bør vite hvorfor planen lages,
    hva dere vil oppnå, og hvordan.
    {""}
    Strategier og tiltak som koster penger, må inn i handlingsdelen av kommuneplanen og i den
    fireårige økonomiplanen – det er der de blir politiske prioriteringer. Før derfor opp
    økonomiplanen og/eller budsjettet her; kplan check varsler hvis ingen forankring er av typen
    economy-plan eller budget.
    {""}
    Ambisjonene sier kort hva kommunen vil være eller oppnå. Målene i steg 3 viser til dem.

step2-help =
    .anchoring =
        Forankring: planer, strategier, budsjett og vedtak planen bygger på, og behandling i
        ledelsen og hos tillitsvalgte.
    .kind =
        Type: municipal-plan (kommuneplan), sector-plan (sektor- eller temaplan), employer-strategy
        (arbeidsgiverstrategi), economy-plan (økonomiplan), budget (budsjett), political-decision
        (politisk vedtak), management (ledelsen), employee-organisations
        (arbeidstakerorganisasjonene) eller other (annet).
    .title = Tittelen på dokumentet eller vedtaket.
    .reference = Saksnummer eller lenke (valgfritt), slik kommunen skriver det.
    .date = Datoen for vedtaket eller dokumentet (valgfritt). Fjern # og fyll inn:
    .description = Hva planen henter herfra, eller hva vedtaket sier (valgfritt, Markdown).
    .ambitions = Ambisjoner: kort og tydelig hva kommunen vil oppnå med planen.
    .ambition_title = Ambisjonen i én setning.
    .ambition_description = Hva ambisjonen betyr i praksis (valgfritt, Markdown).

step2-ex =
    .plan_title = Kommuneplanens samfunnsdel
    .plan_reference = PS 00/00
    .plan_description =
        Samfunnsdelen sier at kommunen skal være en attraktiv arbeidsgiver med
        kvalifiserte og stabile fagfolk. Kompetanseplanen er et av virkemidlene for å nå dette.
    .economy_title = Økonomiplan { $start }–{ $end }
    .economy_reference = PS 00/00
    .economy_description =
        Tiltakene i denne planen er innarbeidet i rammen for { $scope }. Tiltak som
        forutsetter statlige tilskudd, gjennomføres bare hvis tilskuddet blir innvilget.
    .ambition_title = { $municipality } er en attraktiv arbeidsplass med kompetente medarbeidere
    .ambition_description =
        Vi rekrutterer og beholder fagfolk fordi vi tilbyr hele stillinger, et godt
        arbeidsmiljø og faglig utvikling gjennom hele arbeidslivet.

# ---------------------------------------------------------------------------------------------
## step3
step3-title = Overordnede mål og føringer
step3-intro =
    Hvilke mål skal kompetansen bidra til, og hvilke føringer må planen ta hensyn til?
    {""}
    Føringer kan være lokale – kommuneplanens samfunnsdel, tjeneste- og kvalitetsplaner,
    arbeidsgiverstrategien, økonomiplanen – eller nasjonale: lover og forskrifter,
    stortingsmeldinger, bemanningsnormer, nasjonale satsinger og SSBs befolkningsframskrivinger for
    planperioden. Nøkkeltall for ansatte, sykefravær og deltid hører også med.
    {""}
    Et godt mål kan operasjonaliseres: det går an å måle hvor langt dere har kommet. Knytt derfor
    hvert mål til minst én indikator (steg 7), og vis hva målet bygger på (based_on). Hvert mål
    trenger også minst ett behov (steg 5) med minst ett tiltak (steg 6).

step3-help =
    .guidelines =
        Føringer: lover, forskrifter, nasjonale strategier, normer,
        avtaler, demografi og lokale planer.
    .title = Tittelen på føringen.
    .level = Nivå: national (nasjonal), regional eller local (lokal).
    .kind =
        Type: law (lov), regulation (forskrift), white-paper (stortingsmelding),
        national-strategy (nasjonal strategi), norm, agreement (avtale), demography
        (demografi), plan eller other (annet).
    .reference = Lenke eller henvisning (valgfritt), f.eks. til Lovdata. Fjern # og fyll inn:
    .description = Hva føringen krever eller betyr for planen (valgfritt, Markdown).
    .goals = Målene planen skal bidra til.
    .goal_title = Målet, formulert slik at det går an å måle om det er nådd.
    .goal_description = Utdyping (valgfritt, Markdown).
    .goal_ambition = id-en til ambisjonen i steg 2 som målet hører til (valgfritt).
    .goal_based_on = id-er til føringer (her) eller forankring (steg 2) som målet bygger på.
    .goal_indicators = id-er til indikatorene i steg 7 som måler målet.

step3-ex =
    .guideline_title = Hovedtariffavtalen i KS-området, kapittel 3 om kompetanseutvikling
    .guideline_description =
        Arbeidsgiver skal, i samarbeid med de tillitsvalgte, kartlegge
        kompetansebehovet og lage en plan for kompetansehevende tiltak.
    .goal_title = Alle som arbeider i fagarbeiderstillinger, har fagbrev
    .goal_description =
        I dag har 20 av 24 ansatte i fagarbeiderstillinger i Enhet A fagbrev. Innen
        { $end } skal alle ha det.

# ---------------------------------------------------------------------------------------------
## step4
step4-title = Hva er kompetanse?
step4-intro =
    Hva mener kommunen med kompetanse? En felles forståelse av ordet gjør det lettere å snakke om
    behov og tiltak.
    {""}
    Linda Lai (2013) beskriver kompetanse som kunnskaper, ferdigheter, evner og holdninger som gjør
    det mulig å løse oppgaver i tråd med mål og krav. Kompetanse vurderes alltid opp mot konkrete
    situasjoner, og den har bare verdi når den blir brukt.
    {""}
    KS skiller mellom formell kompetanse (fra utdanning) og uformell kompetanse (fra erfaring);
    til sammen utgjør de realkompetansen. Fagsystemer og databaser er hjelpemidler, ikke kompetanse.
    {""}
    Kompetanseområdene (competence_areas) er de områdene planen ser på behov innenfor. Hvert
    behov i steg 5 viser til ett område.

step4-help =
    .competence = Hva planen mener med kompetanse. Står bare én gang i hele planen.
    .definition = Definisjonen (Markdown), gjerne med egne ord og eksempler fra tjenestene.
    .source = Kilden definisjonen bygger på (valgfritt).
    .components =
        Hvilke av Lais fire byggesteiner definisjonen omfatter (valgfritt): knowledge (kunnskaper),
        skills (ferdigheter), abilities (evner), attitudes (holdninger).
    .areas = Kompetanseområder: utdanninger, fagområder og ferdigheter planen ser på behov innenfor.
    .area_name = Navnet på kompetanseområdet.
    .area_kind =
        formal (formell kompetanse: utdanning, fagbrev, autorisasjon) eller
        non-formal (uformell: erfaring, kurs).
    .area_category =
        Kategori (valgfritt): professional (fag), digital, leadership (ledelse), collaboration
        (samarbeid), change (omstilling), language (språk) eller other (annet).
    .area_qualification = Utdanningen eller kvalifikasjonen som gir kompetansen (valgfritt).
    .area_description = Hva området omfatter (valgfritt, Markdown).

step4-ex =
    .definition =
        I denne planen er kompetanse de kunnskapene, ferdighetene, evnene og
        holdningene som gjør medarbeiderne – og tjenesten som helhet – i stand til å løse
        oppgavene i tråd med målene og kravene som gjelder. Kompetanse har bare verdi når den
        blir tatt i bruk.
        {""}
        Vi skiller mellom **formell kompetanse** (utdanning, fagbrev, autorisasjon) og **uformell
        kompetanse** (erfaring, kurs og læring i arbeidet). Til sammen utgjør de realkompetansen.
    .source = Lai, L. (2013). Strategisk kompetansestyring. Fagbokforlaget.
    .area_name = Fagbrev i relevant fag
    .area_qualification = Fagbrev, f.eks. i helsearbeider- eller barne- og ungdomsarbeiderfaget
    .area_description =
        Fagbrev gir den formelle kompetansen som kreves i fagarbeiderstillinger. Det
        kan tas som praksiskandidat eller gjennom fagbrev på jobb.

# ---------------------------------------------------------------------------------------------
## step5
step5-title = Kompetanse- og bemanningsanalyse
step5-intro =
    Hva trenger dere, hva har dere, og hva er gapet?
    {""}
    Lai beskriver tre aktiviteter: 1) finn ut hvilken kompetanse målene krever – både kvalitet og
    kapasitet (hvor sårbare er vi?), 2) analyser kompetansen dere har, og om den blir brukt, og
    3) finn behovene: hva må mobiliseres, læres eller skaffes?
    {""}
    KS anbefaler å se på både bemanning (stillingsgrupper som sykepleiere, lærere og ingeniører) og
    kompetanse (f.eks. samarbeid eller digital kompetanse). Start med målene: en kartlegging uten
    mål gir data ingen kan bruke. Analyser heller enn å lage lange lister over hva hver enkelt kan.
    {""}
    workforce er bemanningstall per enhet og gjerne per stillingsgruppe. Skriv bare samlede tall,
    aldri opplysninger om enkeltpersoner. Grupper med færre personer enn personverngrensen
    (privacy_threshold i kplan.toml) vises ikke med tall i dokumentet.
    {""}
    needs er kompetansebehovene: gapet mellom det dere trenger (required) og det dere har (current).

step5-help =
    .workforce = Bemanningstall: én blokk per enhet, gjerne per stillingsgruppe.
    .unit = id-en til enheten (steg 1).
    .role = id-en til stillingsgruppen (steg 1). Valgfritt – uten role gjelder tallene hele enheten.
    .as_of = Datoen tallene gjelder for (ÅÅÅÅ-MM-DD).
    .source = Hvor tallene kommer fra (valgfritt), f.eks. HR-systemet, KOSTRA eller GSI.
    .employees = Antall personer.
    .fte = Antall årsverk (kan ikke være flere enn antall personer).
    .formal_competence = Prosent som har den formelle kompetansen stillingen krever (valgfritt).
    .part_time = Prosent som arbeider deltid (valgfritt).
    .turnover = Turnover i prosent per år (valgfritt).
    .sick_leave = Sykefravær i prosent (valgfritt).
    .unwanted_part_time = Prosent som ønsker større stilling, ufrivillig deltid (valgfritt).
    .vacancies = Vakante årsverk: stillinger som ikke er besatt (valgfritt).
    .age =
        Antall personer per aldersgruppe (valgfritt). Velg gruppene selv;
        summen skal være lik employees.
    .departures =
        Forventet avgang (valgfritt), f.eks. pensjon og turnover: antall personer per år.
    .needs = Kompetansebehov: hvert behov er et gap mellom det dere trenger og det dere har.
    .need_title = Behovet i én setning.
    .mobilise_need =
        Et behov for å mobilisere: kompetanse de ansatte allerede har, men som ikke blir brukt godt nok
        (KS og Lai: mobiliser før dere anskaffer eller utvikler).
    .need_goals = id-ene til målene (steg 3) behovet bygger på. Minst ett.
    .need_area = id-en til kompetanseområdet (steg 4).
    .need_unit = id-en til enheten behovet gjelder (valgfritt).
    .need_role = id-en til stillingsgruppen behovet gjelder (valgfritt).
    .need_strategy =
        Hvordan behovet skal dekkes: acquire (anskaffe/rekruttere), develop (utvikle), mobilise
        (mobilisere kompetansen dere har) eller phase-out (avvikle). Tiltakene må ha samme strategi.
    .need_quantity =
        Enheten for current og required: persons (personer), fte (årsverk) eller percent (prosent).
    .need_current = Det dere har i dag.
    .need_required = Det dere trenger. Gapet er required − current.
    .need_by = Året behovet skal være dekket (innenfor planperioden).
    .need_priority = Prioritet: high (høy), medium (middels) eller low (lav).
    .need_rationale =
        Begrunnelse (valgfritt, Markdown): hva tallene bygger på, og hvorfor behovet er viktig.
    .need_replace =
        replace_departures (valgfritt): true betyr at også forventet avgang (departures) i
        stillingsgruppen til og med by må erstattes.
        Standard: true for acquire-behov med role, målt i persons eller fte.
    .apprentices =
        Egne lærlinger (valgfritt): lærefag, læreplasser per år (places) og hvor mange som forventes å
        fullføre (completing). De som fullfører, teller med når et behov med samme role skal dekkes.

step5-ex =
    .source = HR-systemet
    .apprentice_trade = Helsearbeiderfaget
    .age_bands =
        under 30
        30–49
        50–61
        62 og over
    .need_title = Fagbrev for ansatte i fagarbeiderstillinger som mangler det
    .mobilise_need_title = Bruke erfaringen til fagarbeiderne med lengst fartstid i opplæringen av nye kolleger
    .need_rationale =
        Fire ansatte i fagarbeiderstillinger i Enhet A mangler fagbrev. Alle har lang
        erfaring og kan ta fagbrev som praksiskandidater.

# ---------------------------------------------------------------------------------------------
## step6
step6-title = Kompetansestrategier og tiltak
step6-intro =
    Hvordan skal kommunen dekke behovene fra steg 5?
    {""}
    KS og Lai bruker fire strategier:
    - mobilisere (mobilise): bruke kompetansen dere allerede har, bedre. Lai anbefaler å begynne her.
    - utvikle (develop): læring i arbeidet, alene og sammen, e-læring, kurs og videreutdanning.
    {"  "}Her ligger vanligvis de fleste tiltakene.
    - anskaffe (acquire): rekruttere, eller samarbeide med andre om kompetansen.
    - avvikle (phase-out): der behovet for en tjeneste går ned, f.eks. på grunn av demografien.
    {""}
    Beskriv hvert tiltak med målgruppe, ansvarlig, periode, kostnad per år og finansiering.
    Tiltak som koster penger, må inn i budsjettet og økonomiplanen (steg 2). Regler for
    studiepermisjon og bindingstid kan stå i beskrivelsen av strategien develop.

step6-help =
    .strategies =
        Hvordan planen bruker hver av de fire strategiene (valgfritt, høyst én blokk per strategi).
    .strategy_kind = acquire (anskaffe), develop (utvikle), mobilise (mobilisere) eller phase-out (avvikle).
    .strategy_description = Hva strategien betyr i denne planen (Markdown).
    .funding = Finansieringskilder som kostnadene viser til.
    .funding_name = Navnet på kilden eller ordningen.
    .funding_kind =
        own-budget (eget budsjett), state-grant (statlig tilskudd), fund (fond), partner
        (samarbeidspartner) eller other (annet).
    .funding_administrator = Hvem som forvalter ordningen (valgfritt).
    .funding_reference = Kapittel og post, regelverk eller lenke (valgfritt).
    .funding_examples =
        Aktuelle ordninger er f.eks. kompetanse- og tjenesteutviklingstilskuddet (helse og omsorg,
        Statsforvalteren), desentralisert ordning og regional ordning (skole og barnehage) og
        Kompetanse for kvalitet (videreutdanning for lærere).
    .funding_scheme =
        Reglene for ordningen (valgfritt): match_percent (egenandel i prosent av tilskuddet, f.eks.
        30 for desentralisert ordning), from_year og until_year (årene ordningen kan betale for),
        collective_only: true (bare kollektiv, arbeidsplassbasert kompetanseutvikling, ikke
        individuell videreutdanning), application_deadline og report_deadline (søknads- og
        rapporteringsfrist: en dato ÅÅÅÅ-MM-DD, eller MM-DD for en frist som kommer hvert år).
        Skriv bare det du har sjekket i regelverket eller hos forvalteren.
    .measures = Tiltakene.
    .measure_title = Tiltaket i én setning.
    .mobilise_measure = Et tiltak som mobiliserer: det tar i bruk kompetansen som allerede finnes.
    .measure_strategy =
        Strategien (acquire, develop, mobilise eller phase-out) – den
        samme som behovene tiltaket dekker.
    .measure_needs =
        Behovene tiltaket dekker, minst ett: bare id-en (B1), eller {"{"} need: B1, closes: 4 {"}"} der
        closes er hvor mye av gapet tiltaket lukker, målt i behovets enhet (quantity). Til sammen
        bør tiltakene lukke hele gapet.
    .measure_description = Hva tiltaket går ut på (valgfritt, Markdown).
    .measure_target_group = id-en til stillingsgruppen (steg 1) tiltaket er for (valgfritt).
    .measure_unit = id-en til enheten (steg 1) tiltaket gjelder (valgfritt).
    .measure_participants = Antall deltakere (valgfritt).
    .measure_responsible = Hvem som har ansvaret for tiltaket – en rolle, ikke et navn.
    .measure_arena =
        Læringsarena (valgfritt): workplace (på arbeidsplassen), course (kurs), e-learning
        (e-læring), further-education (videreutdanning), network (nettverk) eller other (annet).
    .measure_form =
        Form (valgfritt): individual (individuell, f.eks. fagbrev eller videreutdanning) eller
        collective (kollektiv, en enhet eller gruppe som lærer sammen).
    .measure_education =
        Vilkår for utdanningsstøtte (valgfritt, vises under «Regler for utdanningsstøtte»):
        study_leave (paid, unpaid, partly-paid eller none), covered_costs (hva kommunen dekker),
        binding_months (bindingstid i måneder) og selection (hvem som kan delta, og hvordan de
        velges ut).
    .measure_dates = Start- og sluttdato (ÅÅÅÅ-MM-DD), innenfor planperioden.
    .measure_status =
        planned (planlagt), ongoing (pågår), completed (gjennomført), postponed (utsatt) eller
        cancelled (avlyst). Oppdater status underveis: kplan check varsler om planlagte og pågående
        tiltak som har passert sluttdatoen.
    .measure_costs =
        Kostnader per år: year (år), amount (hele kroner), funding (id-en til finansieringskilden)
        og status: budgeted (budsjettert), to-apply (skal søkes), applied (søkt), granted
        (innvilget) eller rejected (avslått: vises, men regnes ikke med i summene).
    .measure_indicators = id-er til indikatorer (steg 7) som viser om tiltaket virker (valgfritt).

step6-ex =
    .mobilise =
        Før vi rekrutterer eller kjøper kurs, undersøker vi om kompetansen allerede
        finnes hos oss, og bruker den bedre – gjennom hele stillinger, oppgavedeling og
        veiledning mellom kolleger.
    .develop =
        De fleste tiltakene handler om å utvikle dem som allerede arbeider her: læring
        i arbeidet, e-læring, kurs, fagbrev på jobb og videreutdanning. Utdanning som kommunen
        betaler, kan gi bindingstid etter kommunens reglement.
    .acquire =
        Der vi ikke kan utvikle kompetansen selv, rekrutterer vi, eller samarbeider med
        andre kommuner og utdanningsinstitusjoner.
    .phase_out =
        Der behovet for en tjeneste går ned, tilpasser vi bemanningen gjennom naturlig
        avgang og omplassering, og tilbyr berørte ansatte kvalifisering til andre oppgaver.
    .own_funding_name = { $municipality } – driftsbudsjettet for { $scope }
    .grant_funding_name = Statlig tilskudd til kompetanseheving
    .grant_administrator = Statsforvalteren
    .grant_reference = Kap. 761 post 68
    .measure_title = Fagbrev på jobb for ansatte i fagarbeiderstillinger
    .mobilise_measure_title = Erfarne fagarbeidere som veiledere for nye kolleger
    .measure_description =
        Ansatte med lang erfaring tar fagbrev som praksiskandidater, med teoriopplæring
        i arbeidstiden og veiledning fra en kollega med fagbrev.
    .measure_responsible = Leder for Enhet A

# ---------------------------------------------------------------------------------------------
## step7
step7-title = Gjennomføring, oppfølging og evaluering
step7-intro =
    Hvordan skal planen gjennomføres, følges opp og evalueres?
    {""}
    Beskriv hvordan tiltakene følges opp (gjennom økonomiplanen og/eller virksomhetsplanene),
    hvordan det rapporteres (ofte til kommunestyret i årsmeldingen), og når planen evalueres og
    rulleres. Gode spørsmål i evalueringen: Hva har vi oppnådd? Hva fortsetter vi med, og hva
    slutter vi med? Hvor mange deltok i hvert tiltak, og hva lærte de? Medarbeiderundersøkelser
    kan også gi svar.
    {""}
    Indikatorene gjør målene målbare: et utgangspunkt (baseline), et mål (target) og målinger
    underveis (measurements).
    {""}
    Når en evaluering er gjennomført, før den opp under records. kplan check varsler når en planlagt
    evaluering (schedule) eller neste revisjon (next_review i kplan.toml) har passert uten at en
    evaluering er registrert.

step7-help =
    .indicators = Indikatorer: det dere måler for å se om målene nås.
    .indicator_name = Hva som måles.
    .indicator_quantity =
        Enhet: percent (prosent), persons (personer), fte (årsverk), amount (kroner),
        score (skår) eller count (antall).
    .indicator_direction = Hvilken vei tallet skal gå: increase (øke) eller decrease (redusere).
    .indicator_source = Hvor tallet hentes fra (valgfritt).
    .indicator_baseline = Utgangspunktet: år og verdi.
    .indicator_target = Målet: år (innenfor planperioden) og verdi.
    .indicator_measurements = Målinger underveis: år og verdi, skrevet som baseline. Legg til en måling for hvert år som er omme, ikke før.
    .evaluation = Oppfølging og evaluering av planen. Står bare én gang i hele planen.
    .responsible = Hvem som har ansvaret for oppfølgingen – en rolle, ikke et navn.
    .reporting =
        Hvordan det rapporteres: annual-report (i årsmeldingen), separate-report
        (egen rapport) eller both (begge).
    .description = Hvordan planen følges opp, rapporteres og rulleres (valgfritt, Markdown).
    .schedule =
        Planlagte evalueringer: dato, scope (actions = tiltaksdelen, plan = hele planen) og tittel.
    .records =
        Gjennomførte evalueringer: dato, tittel, funn (Markdown) og beslutning – continue
        (videreføre), adjust (justere) eller stop (avslutte). Fjern # foran linjene under når den
        første evalueringen er gjort, og fyll inn:

step7-ex =
    .indicator_name = Andel av de ansatte i fagarbeiderstillinger som har fagbrev
    .indicator_source = HR-systemet
    .responsible = Kommunalsjef
    .description =
        Tiltakene følges opp i enhetenes virksomhetsplaner og i økonomiplanen. Status
        for tiltakene og indikatorene rapporteres til kommunestyret i årsmeldingen hvert år.
        {""}
        Tiltaksdelen rulleres hvert år, og hele planen hvert fjerde år. Tillitsvalgte og
        verneombud deltar i evalueringene.
    .schedule_actions = Årlig gjennomgang av tiltakene for { $start }
    .schedule_plan = Evaluering og revisjon av hele planen
    .record_title = Evaluering av tiltakene for { $start }
    .record_findings = Tre av fire deltakere er i gang med fagbrev på jobb.

# ---------------------------------------------------------------------------------------------
## readme
readme-intro =
    Denne mappen er den strategiske kompetanseplanen for { $scope } i { $municipality }, skrevet som
    tekstfiler. Verktøyet kplan kontrollerer planen og lager det ferdige dokumentet. Planen følger
    KS-modellen «Strategisk kompetanseplanlegging», med én fil per steg.
readme-files_heading = Filene
readme-step_col = Steg
readme-file_col = Fil
readme-content_col = Innhold
readme-sections_col = Seksjoner
readme-manifest_row = Tittel, periode, språk, status og innstillinger
readme-schemas_row = Skjemaer som gir redigeringsprogrammet forslag og kontroll mens du skriver
readme-workflow_row = Automatisk kontroll i GitHub Actions
readme-workflow_row_gitlab = Automatisk kontroll i GitLab CI
readme-files_after =
    Kommentarene i filene forklarer hva hvert steg handler om og hva hvert felt betyr. Tekster som
    begynner med «EKSEMPEL:», er eksempler som skal byttes ut.
readme-check_heading = Kontroller planen
readme-check_text =
    Kjør dette i mappen etter hver endring:
readme-check_after =
    `kplan check` finner feil (f.eks. en id som ikke finnes) og varsler om det KS-modellen
    forventer (f.eks. et mål uten indikator eller et tiltak uten kostnad). Hver melding sier hvor
    problemet er og hvordan det kan løses; `kplan explain REGEL` forklarer regelen nærmere.
readme-check_notes =
    Så lenge filene har eksempeltekster, gir `kplan check` én merknad (`example-text`) per fil, med
    antallet tekster som begynner med «EKSEMPEL:». En ny plan som kontrolleres før planperioden
    begynner, gir disse merknadene og ingenting annet. En merknad stopper aldri kontrollen, men når
    planen sendes på høring (`status = "consultation"`) eller vedtas, er eksempeltekst en feil.
readme-render_heading = Lag dokumentet
readme-render_text =
    `kplan render` kontrollerer planen og skriver `build/plan.html` (én fil som kan åpnes i
    nettleseren, skrives ut eller legges ved en politisk sak) og `build/plan.md`. Mappen `build/`
    holdes utenfor git (se `.gitignore`).
readme-editor_heading = Redigering
readme-editor_text =
    Hver fil begynner med en henvisning til skjemaene i `schemas/`. I Visual Studio Code gir
    utvidelsene «YAML» (Red Hat) og «Even Better TOML» da forslag til felt og gyldige verdier, og de
    markerer feil mens du skriver. Skjemaene oppdateres med `kplan schema -o schemas` når du tar i
    bruk en ny versjon av kplan.
readme-ci_heading = Automatisk kontroll
readme-ci_text =
    kjører `kplan check` og `kplan render` ved hver pull request og hver push til standardgrenen,
    viser feil som annotasjoner i filene og i et sammendrag av kjøringen, og legger det ferdige
    dokumentet ved kjøringen. kplan-handlingen laster ned kplan ferdig bygget, i versjonen som står
    i filen.
readme-ci_text_gitlab =
    kjører `kplan check` i hver merge request og på standardgrenen, viser merknadene i merge
    requestens Code Quality-visning, og lagrer det ferdige dokumentet som en artefakt. Jobben
    laster ned kplan ferdig bygget og kontrollerer sjekksummen, i versjonen som står i filen.

## gitlab
gitlab-intro =
    kplan i GitLab CI: kontrollerer planen i hver merge request (merknadene vises i merge
    requestens Code Quality-visning) og på standardgrenen, og lager dokumentet (HTML, Markdown og
    PDF) som en artefakt som kan lastes ned. Se docs/gitlab.md i kplans repositorium.
gitlab-version_note = kplan-versjonen som brukes, og hvor arkivene for utgivelsene ligger.
gitlab-plan_note = Planmappen (den med kplan.toml), regnet fra roten av repositoriet.
gitlab-download_note = Laster ned kplan ferdig bygget for Linux og kontrollerer SHA-256-summen før den brukes.
gitlab-log_note = Merknadene som tekst i jobbloggen; statusen kommer fra neste linje.
gitlab-report_note = De samme merknadene til merge request-visningen; status 1 ved feil stopper jobben.
gitlab-artifact = kompetanseplan

## workflow
workflow-intro =
    Kontrollerer planen og lager dokumentet ved hver pull request og hver push til standardgrenen.
    Feil vises som annotasjoner i filene og i et sammendrag av kjøringen; dokumentet legges ved
    kjøringen som en artefakt.
workflow-push_note = En push til andre grener enn standardgrenen kontrolleres i sin pull request.
workflow-check = Kontroller planen
workflow-check_note =
    kplan-handlingen laster ned denne versjonen av kplan (kontrollert mot sjekksummen), kontrollerer
    planen og skriver et sammendrag. Øk versjonen når dere tar i bruk en ny kplan. Skriv
    deny-warnings: "true" hvis advarsler også skal stoppe kjøringen.
workflow-render = Lag dokumentet
workflow-upload = Last opp dokumentet
workflow-output_note = Endre stien hvis du har endret [render] output i kplan.toml.
workflow-artifact = kompetanseplan

## findings
manifest-show_findings =
    Merknadene fra kontrollen står i et eget vedlegg i dokumentet. Skriv false for å utelate dem
    (kplan check viser dem fortsatt):
# The council parts of kplan.toml (all optional, commented out): foreword, decision text,
# consultation, coat of arms and appendices.
## council
council-foreword =
    Forord (valgfritt): en kort tekst fra den som legger fram planen, som regel
    kommunedirektøren, med dato og underskrift. Det står foran sammendraget i dokumentet.
    Navnet på den som skriver under, er det eneste navnet i planen utenom gruppene i steg 1.
    Fjern # og fyll inn:
council-foreword_text = Hvorfor planen er viktig for { $municipality }, og takk til alle som har bidratt.
council-foreword_role = Kommunedirektør
council-foreword_name = Ola Nordmann
council-decision =
    Vedtaksteksten (valgfritt, Markdown) slik kommunestyret vedtok den; før vedtaket:
    forslaget til vedtak. Dokumentet viser den under «Vedtak» eller «Forslag til vedtak».
council-decision_text = Kommunestyret vedtar strategisk kompetanseplan for { $scope } { $start }–{ $end }.
council-consultation =
    Høringen (valgfritt): høringsfristen, hvem planutkastet ble sendt til, og et sammendrag av
    innspillene og hvordan planen svarer på dem. Dokumentet viser den i steg 2. Fjern # og fyll inn:
council-consulted =
    Fagforbundet
    Hovedverneombudet
    Eldrerådet
council-consultation_summary = Det kom inn tre høringsuttalelser. De viktigste innspillene, og hvordan planen svarer på dem: …
council-logo = Kommunevåpenet (valgfritt): en SVG- eller PNG-fil i planmappen, øverst på forsiden:
council-logo_file = grafikk/kommunevapen.svg
council-appendices =
    Vedlegg (valgfritt): Markdown-filer i planmappen, f.eks. mandatet eller en kartlegging. De
    blir vedlegg B, C, … i dokumentet. Uten title er tittelen den første overskriften i filen.
    Fjern # og fyll inn, én blokk per vedlegg:
council-appendix_title = Mandat for arbeidsgruppen
council-appendix_file = vedlegg/mandat.md
