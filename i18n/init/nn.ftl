# Nynorsk texts for `kplan init`. Every catalogue has exactly the same keys (a test checks it).
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
gitignore-comment = Dokumentet som kplan render lagar, høyrer ikkje heime i git.

## defaults
defaults-municipality = Eksempel kommune
defaults-scope = Heile kommunen
defaults-ask_municipality = Namnet på kommunen
defaults-ask_number = Kommunenummer (fire siffer, kan stå tomt)
defaults-ask_scope = Kva planen omfattar (heile kommunen, eit tenesteområde eller ei stillingsgruppe)
defaults-ask_format = Filformat for planfilene: yaml eller toml
defaults-ask_period = Planperiode
defaults-next_steps = Neste steg: fyll inn planen med innhaldet til kommunen (kommentarane i filene forklarar kvart steg), og køyr `kplan check { $dir }`.

# Shared by all files.
## common
common-mark = EKSEMPEL:
common-step_of = Steg { $n } av 7
common-model = KS-modellen «Strategisk kompetanseplanlegging»
common-how_to =
    Slik brukar du fila:
    - Tekstar som byrjar med «EKSEMPEL:», og alle tal, datoar og saksnummer, er døme.
    {"  "}Byt dei ut med innhaldet til kommunen. Døma heng saman på tvers av filene
    {"  "}(mål → behov → tiltak → kostnad → finansiering), så endre id-ane alle stader samtidig.
    - Treng du fleire av noko (fleire mål, tiltak, einingar …), kopier dømet og gje kopien
    {"  "}ein ny id.
    - Linjer som byrjar med #, er kommentarar. Slett dei når du ikkje treng dei lenger.
    - Lengre tekstar skriv du i Markdown: tomme linjer skil avsnitt, «- » gjev punktliste og
    {"  "}**tekst** gjev feit skrift. Datoar skriv du ÅÅÅÅ-MM-DD, årstal som tal (2027).
    - Køyr `kplan check` etter kvar endring; meldingane fortel kva som manglar, og kvar.
common-id =
    id-en er ein kort, eintydig nøkkel i heile planen. Bruk A–Z, a–z, 0–9, punktum, bindestrek
    og understrek (ikkje æ, ø, å eller mellomrom). Andre delar av planen viser til id-en.

# Ids of the worked example (ASCII, unique, referenced across files).
## ids
ids-area_unit = tenesteomradet
ids-unit = eining-a
ids-role = fagarbeidar
ids-plan_anchoring = kommuneplan
ids-economy_anchoring = okonomiplan
ids-ambition = A1
ids-guideline = hovudtariffavtalen
ids-goal = G1
ids-area = fagbrev
ids-need = B1
ids-own_funding = eige-budsjett
ids-grant_funding = statstilskot
ids-measure = T1
ids-mobilise_need = B2
ids-mobilise_measure = T2
ids-indicator = I1

# ---------------------------------------------------------------------------------------------
## manifest
manifest-intro =
    kplan.toml er manifestet: fila som gjer mappa til ein kompetanseplan, og som held namnet,
    perioden, språket og statusen til planen. Sjølve innhaldet står i stegfilene (1-… til 7-…).
manifest-plan = Opplysningar om planen som heilskap.
manifest-title = Tittelen på planen slik han står på framsida av dokumentet.
manifest-municipality = Namnet på kommunen.
manifest-municipality_number = Kommunenummeret (fire siffer). Valfritt.
manifest-no_number =
    Kommunenummeret (fire siffer). Valfritt – fjern # og fyll inn:
manifest-scope =
    Kva planen omfattar: heile kommunen, eit tenesteområde (t.d. helse og
    omsorg) eller ei stillingsgruppe.
manifest-period =
    Planperioden: første og siste år (start <= end). Tiltak, kostnader, behov og mål for
    indikatorane skal liggje innanfor.
manifest-population =
    Innbyggjartal (valfritt): gir læreplassar per 1 000 innbyggjarar i dokumentet, og kplan check
    samanliknar med tilrådinga frå KS om minst 2. Utelat det i ein plan for éin sektor.
manifest-language = Språket i det ferdige dokumentet: nb (bokmål), nn (nynorsk) eller en (engelsk).
manifest-status = draft (utkast), consultation (på høyring), adopted (vedteken) eller retired (utgått).
manifest-version = Fritt versjonsnamn for denne utgåva av planen. Valfritt.
manifest-summary =
    Samandrag (Markdown). Valfritt, men nyttig for politikarar og tilsette som berre
    les byrjinga. Eit føreord med underskrift skriv du i [plan.foreword] under.
manifest-summary_text =
    Skriv eit kort samandrag: kvifor { $municipality } lagar planen, kva utfordringar han
    svarar på, og kva som er hovudgrepa i perioden { $start }–{ $end }.
manifest-version_value = 0.1
manifest-adoption =
    Vedtaket. Påkravd når status er «adopted»: kva organ som vedtok planen (body), dato (date)
    og saksnummer (case). Fjern # framfor linjene når planen er vedteken:
manifest-adoption_body = Kommunestyret
manifest-adoption_case = PS 00/00
manifest-revision =
    Rullering (steg 7): planen er ein rullerande plan. Heile planen blir revidert kvart
    plan_interval_years år og tiltaksdelen kvart action_interval_years år. next_review er datoen
    for neste gjennomgang; kplan check varslar når han er passert utan at ei evaluering er
    registrert i 7-evaluering.
manifest-checks =
    Alvorsgrad per regel (valfritt): "error", "warning", "note" eller "off".
    `kplan explain REGEL` forklarar kvar regel. Døme:
manifest-render = Innstillingar for `kplan render`.
manifest-privacy_threshold =
    Personverngrense: bemanningstal for grupper med færre personar enn dette blir ikkje viste som
    tal i dokumentet, fordi små grupper kan avsløre kven det gjeld. 5 er eit vanleg val.
manifest-output = Mappa dokumentet blir skrive til (standard «build», sjå .gitignore):
manifest-templates = Mappe med eigne malar som erstattar dei innebygde (valfritt):

# ---------------------------------------------------------------------------------------------
## step1
step1-title = Organisering og involvering
step1-intro =
    Kven gjer arbeidet, og med kva mandat?
    {""}
    KS tilrår ei prosjekt- eller arbeidsgruppe med leiarar og tilsette frå området planen gjeld.
    Tillitsvalde og, der det er relevant, verneombod bør vere med – gjennom det ordinære
    medråderettssystemet eller i partssamansette grupper. Gruppa treng eit tydeleg mandat: kva
    som skal leverast og når, kven som har kva roller, og kven som har ansvar for kva. Mandatet
    er ein avtale mellom linjeleiinga og prosjektgruppa.
    {""}
    Tips: Ta med tillitsvalde frå starten, ikkje først når utkastet skal drøftast. Då blir planen
    betre forankra, og de unngår overraskingar undervegs.
    {""}
    Fila skildrar òg einingane (units) og stillingsgruppene (roles) som resten av planen viser til.

step1-help =
    .organisation = Organiseringa av arbeidet. Står berre éin gong i heile planen.
    .owner =
        Kven eig planen? Skriv ei rolle eller stilling, ikkje eit namn –
        rolla består når folk byter jobb.
    .mandate =
        Mandatet for arbeidet (Markdown): bakgrunn, kva gruppa skal levere, fristar og rapportering.
    .groups = Gruppene som er med i arbeidet (valfritt). Éin blokk per gruppe.
    .group_name = Namnet på gruppa.
    .group_kind =
        Type gruppe: steering (styringsgruppe), project (prosjektgruppe), working
        (arbeidsgruppe) eller reference (referansegruppe).
    .members = Medlemmene, med rolla til kvar enkelt.
    .member_role = Rolla eller stillinga, t.d. «Hovudtillitsvald Fagforbundet».
    .member_name =
        Namn er valfritt. Namna på dei som har gjort arbeidet, er dei einaste
        personopplysningane planen skal innehalde – planen blir eit offentleg
        dokument. Fjern # for å ta med namnet:
    .member_represents =
        Kven medlemmen representerer: management (leiing), employee-representative
        (tillitsvald), safety-representative (verneombod), hr, employee (tilsett),
        politician (folkevald) eller other. Minst éin tillitsvald bør vere med (jf.
        Hovudtariffavtalen kapittel 3 og Hovudavtalen); elles varslar kplan check.
    .milestones = Milepælar i arbeidet (valfritt).
    .milestone_date = Datoen milepælen skal vere nådd (ÅÅÅÅ-MM-DD).
    .milestone_title = Kva som skal vere ferdig.
    .milestone_done = true når milepælen er nådd (standard false).
    .units =
        Einingar: tenesteområde, einingar eller avdelingar som bemanningstal, behov og tiltak viser
        til. Ta berre med einingar planen faktisk seier noko om.
    .unit_name = Namnet på eininga slik det skal stå i planen.
    .unit_parent = id-en til eininga over denne (valfritt).
    .roles =
        Stillingsgrupper eller målgrupper (t.d. sjukepleiarar, lærarar, fagarbeidarar) som
        bemanningstal, behov og tiltak viser til.
    .role_name = Namnet på stillingsgruppa.
    .role_education = Det formelle utdanningskravet til stillinga (valfritt).

step1-ex =
    .owner = Kommunedirektøren
    .mandate =
        Kommunedirektøren i { $municipality } har gjeve prosjektgruppa i oppdrag å
        utarbeide ein strategisk kompetanseplan for { $scope } for perioden { $start }–{ $end }.
        {""}
        Prosjektgruppa skal
        {""}
        1. kartleggje bemanning og kompetanse i einingane,
        2. vurdere kompetansebehovet i perioden ut frå måla, føringane og folketalsutviklinga,
        3. føreslå mål, strategiar og tiltak med kostnader og finansiering,
        4. føreslå korleis planen skal følgjast opp og evaluerast.
        {""}
        Arbeidet skjer i samarbeid med tillitsvalde og verneombod. Prosjektleiaren rapporterer
        til leiargruppa til kommunedirektøren ved kvar milepæl.
    .group_name = Prosjektgruppe
    .member_management = Kommunalsjef (leiar av prosjektgruppa)
    .member_hr = HR-rådgjevar (prosjektleiar)
    .member_employee_rep = Hovudtillitsvald, Fagforbundet
    .member_safety_rep = Hovudverneombod
    .member_name = Kari Nordmann
    .milestone_analysis = Kompetanse- og bemanningsanalysen er ferdig
    .milestone_adopted = Planen er vedteken
    .unit_name = Eining A
    .role_name = Fagarbeidarar
    .role_education = Fagbrev i relevant fag

# ---------------------------------------------------------------------------------------------
## step2
step2-title = Forankring
step2-intro =
    Kva byggjer planen på, og kva vil kommunen oppnå med han?
    {""}
    Ein plan blir berre gjennomført om han er forankra: i toppleiinga, politisk så langt
    delegeringa krev, og hos arbeidstakarorganisasjonane. Alle bør vite kvifor planen blir laga,
    kva de vil oppnå, og korleis.
    {""}
    Strategiar og tiltak som kostar pengar, må inn i handlingsdelen av kommuneplanen og i den
    fireårige økonomiplanen – det er der dei blir politiske prioriteringar. Før difor opp
    økonomiplanen og/eller budsjettet her; kplan check varslar om inga forankring er av typen
    economy-plan eller budget.
    {""}
    Ambisjonane seier kort kva kommunen vil vere eller oppnå. Måla i steg 3 viser til dei.

step2-help =
    .anchoring =
        Forankring: planar, strategiar, budsjett og vedtak som planen byggjer på, og handsaming
        i leiinga og hos tillitsvalde.
    .kind =
        Type: municipal-plan (kommuneplan), sector-plan (sektor- eller temaplan), employer-strategy
        (arbeidsgivarstrategi), economy-plan (økonomiplan), budget (budsjett), political-decision
        (politisk vedtak), management (leiinga), employee-organisations
        (arbeidstakarorganisasjonane) eller other (anna).
    .title = Tittelen på dokumentet eller vedtaket.
    .reference = Saksnummer eller lenkje (valfritt), slik kommunen skriv det.
    .date = Datoen for vedtaket eller dokumentet (valfritt). Fjern # og fyll inn:
    .description = Kva planen hentar herfrå, eller kva vedtaket seier (valfritt, Markdown).
    .ambitions = Ambisjonar: kort og tydeleg kva kommunen vil oppnå med planen.
    .ambition_title = Ambisjonen i éi setning.
    .ambition_description = Kva ambisjonen tyder i praksis (valfritt, Markdown).

step2-ex =
    .plan_title = Samfunnsdelen i kommuneplanen
    .plan_reference = PS 00/00
    .plan_description =
        Samfunnsdelen seier at kommunen skal vere ein attraktiv arbeidsgjevar med
        kvalifiserte og stabile fagfolk. Kompetanseplanen er eitt av verkemidla for å nå dette.
    .economy_title = Økonomiplan { $start }–{ $end }
    .economy_reference = PS 00/00
    .economy_description =
        Tiltaka i denne planen er innarbeidde i ramma for { $scope }. Tiltak som
        føreset statlege tilskot, blir berre gjennomførte dersom tilskotet blir innvilga.
    .ambition_title = { $municipality } er ein attraktiv arbeidsplass med kompetente medarbeidarar
    .ambition_description =
        Vi rekrutterer og held på fagfolk fordi vi tilbyr heile stillingar, eit godt
        arbeidsmiljø og fagleg utvikling gjennom heile arbeidslivet.

# ---------------------------------------------------------------------------------------------
## step3
step3-title = Overordna mål og føringar
step3-intro =
    Kva mål skal kompetansen bidra til, og kva føringar må planen ta omsyn til?
    {""}
    Føringar kan vere lokale – samfunnsdelen i kommuneplanen, teneste- og kvalitetsplanar,
    arbeidsgivarstrategien, økonomiplanen – eller nasjonale: lover og forskrifter,
    stortingsmeldingar, bemanningsnormer, nasjonale satsingar og folketalsframskrivingane til SSB
    for planperioden. Nøkkeltal for tilsette, sjukefråvær og deltid høyrer òg med.
    {""}
    Eit godt mål kan operasjonaliserast: det går an å måle kor langt de har kome. Knyt difor
    kvart mål til minst éin indikator (steg 7), og vis kva målet byggjer på (based_on). Kvart mål
    treng òg minst eitt behov (steg 5) med minst eitt tiltak (steg 6).

step3-help =
    .guidelines =
        Føringar: lover, forskrifter, nasjonale strategiar, normer,
        avtalar, demografi og lokale planar.
    .title = Tittelen på føringa.
    .level = Nivå: national (nasjonal), regional eller local (lokal).
    .kind =
        Type: law (lov), regulation (forskrift), white-paper (stortingsmelding),
        national-strategy (nasjonal strategi), norm, agreement (avtale), demography
        (demografi), plan eller other (anna).
    .reference = Lenkje eller tilvising (valfritt), t.d. til Lovdata. Fjern # og fyll inn:
    .description = Kva føringa krev eller tyder for planen (valfritt, Markdown).
    .goals = Måla planen skal bidra til.
    .goal_title = Målet, formulert slik at det går an å måle om det er nådd.
    .goal_description = Utdjuping (valfritt, Markdown).
    .goal_ambition = id-en til ambisjonen i steg 2 som målet høyrer til (valfritt).
    .goal_based_on = id-ar til føringar (her) eller forankring (steg 2) som målet byggjer på.
    .goal_indicators = id-ar til indikatorane i steg 7 som måler målet.

step3-ex =
    .guideline_title = Hovudtariffavtalen i KS-området, kapittel 3 om kompetanseutvikling
    .guideline_description =
        Arbeidsgjevaren skal, i samarbeid med dei tillitsvalde, kartleggje
        kompetansebehovet og lage ein plan for kompetansehevande tiltak.
    .goal_title = Alle som arbeider i fagarbeidarstillingar, har fagbrev
    .goal_description =
        I dag har 20 av 24 tilsette i fagarbeidarstillingar i Eining A fagbrev. Innan
        { $end } skal alle ha det.

# ---------------------------------------------------------------------------------------------
## step4
step4-title = Kva er kompetanse?
step4-intro =
    Kva meiner kommunen med kompetanse? Ei felles forståing av ordet gjer det lettare å snakke om
    behov og tiltak.
    {""}
    Linda Lai (2013) skildrar kompetanse som kunnskapar, ferdigheiter, evner og haldningar som gjer
    det mogleg å løyse oppgåver i tråd med mål og krav. Kompetanse blir alltid vurdert opp mot
    konkrete situasjonar, og han har berre verdi når han blir brukt.
    {""}
    KS skil mellom formell kompetanse (frå utdanning) og uformell kompetanse (frå erfaring);
    saman utgjer dei realkompetansen. Fagsystem og databasar er hjelpemiddel, ikkje kompetanse.
    {""}
    Kompetanseområda (competence_areas) er dei områda planen ser på behov innanfor. Kvart
    behov i steg 5 viser til eitt område.

step4-help =
    .competence = Kva planen meiner med kompetanse. Står berre éin gong i heile planen.
    .definition = Definisjonen (Markdown), gjerne med eigne ord og døme frå tenestene.
    .source = Kjelda definisjonen byggjer på (valfritt).
    .components =
        Byggjesteinane til Lai som definisjonen omfattar (valfritt): knowledge (kunnskapar), skills
        (ferdigheiter), abilities (evner), attitudes (haldningar).
    .areas = Kompetanseområde: utdanningar, fagområde og ferdigheiter planen ser på behov innanfor.
    .area_name = Namnet på kompetanseområdet.
    .area_kind =
        formal (formell kompetanse: utdanning, fagbrev, autorisasjon) eller
        non-formal (uformell: erfaring, kurs).
    .area_category =
        Kategori (valfritt): professional (fag), digital, leadership (leiing), collaboration
        (samarbeid), change (omstilling), language (språk) eller other (anna).
    .area_qualification = Utdanninga eller kvalifikasjonen som gjev kompetansen (valfritt).
    .area_description = Kva området omfattar (valfritt, Markdown).

step4-ex =
    .definition =
        I denne planen er kompetanse dei kunnskapane, ferdigheitene, evnene og
        haldningane som gjer medarbeidarane – og tenesta som heilskap – i stand til å løyse
        oppgåvene i tråd med måla og krava som gjeld. Kompetanse har berre verdi når han blir
        teken i bruk.
        {""}
        Vi skil mellom **formell kompetanse** (utdanning, fagbrev, autorisasjon) og **uformell
        kompetanse** (erfaring, kurs og læring i arbeidet). Saman utgjer dei realkompetansen.
    .source = Lai, L. (2013). Strategisk kompetansestyring. Fagbokforlaget.
    .area_name = Fagbrev i relevant fag
    .area_qualification = Fagbrev, t.d. i helsearbeidar- eller barne- og ungdomsarbeidarfaget
    .area_description =
        Fagbrev gjev den formelle kompetansen som krevst i fagarbeidarstillingar. Det
        kan takast som praksiskandidat eller gjennom fagbrev på jobb.

# ---------------------------------------------------------------------------------------------
## step5
step5-title = Kompetanse- og bemanningsanalyse
step5-intro =
    Kva treng de, kva har de, og kva er gapet?
    {""}
    Lai skildrar tre aktivitetar: 1) finn ut kva kompetanse måla krev – både kvalitet og kapasitet
    (kor sårbare er vi?), 2) analyser kompetansen de har, og om han blir brukt, og 3) finn
    behova: kva må mobiliserast, lærast eller skaffast?
    {""}
    KS tilrår å sjå på både bemanning (stillingsgrupper som sjukepleiarar, lærarar og ingeniørar)
    og kompetanse (t.d. samarbeid eller digital kompetanse). Start med måla: ei kartlegging utan
    mål gjev data ingen kan bruke. Analyser heller enn å lage lange lister over kva kvar enkelt kan.
    {""}
    workforce er bemanningstal per eining og gjerne per stillingsgruppe. Skriv berre samla tal,
    aldri opplysningar om enkeltpersonar. Grupper med færre personar enn personverngrensa
    (privacy_threshold i kplan.toml) blir ikkje viste med tal i dokumentet.
    {""}
    needs er kompetansebehova: gapet mellom det de treng (required) og det de har (current).

step5-help =
    .workforce = Bemanningstal: éin blokk per eining, gjerne per stillingsgruppe.
    .unit = id-en til eininga (steg 1).
    .role = id-en til stillingsgruppa (steg 1). Valfritt – utan role gjeld tala heile eininga.
    .as_of = Datoen tala gjeld for (ÅÅÅÅ-MM-DD).
    .source = Kvar tala kjem frå (valfritt), t.d. HR-systemet, KOSTRA eller GSI.
    .employees = Talet på personar.
    .fte = Talet på årsverk (kan ikkje vere fleire enn talet på personar).
    .formal_competence = Prosent som har den formelle kompetansen stillinga krev (valfritt).
    .part_time = Prosent som arbeider deltid (valfritt).
    .turnover = Turnover i prosent per år (valfritt).
    .sick_leave = Sjukefråvær i prosent (valfritt).
    .unwanted_part_time = Prosent som ønskjer større stilling, ufrivillig deltid (valfritt).
    .vacancies = Vakante årsverk: stillingar som ikkje er fylte (valfritt).
    .age =
        Talet på personar per aldersgruppe (valfritt). Vel gruppene sjølv;
        summen skal vere lik employees.
    .departures =
        Forventa avgang (valfritt), t.d. pensjon og turnover: talet på personar per år.
    .needs = Kompetansebehov: kvart behov er eit gap mellom det de treng og det de har.
    .need_title = Behovet i éi setning.
    .mobilise_need =
        Eit behov for å mobilisere: kompetanse dei tilsette alt har, men som ikkje blir brukt godt nok
        (KS og Lai: mobiliser før de skaffar eller utviklar).
    .need_goals = id-ane til måla (steg 3) behovet byggjer på. Minst eitt.
    .need_area = id-en til kompetanseområdet (steg 4).
    .need_unit = id-en til eininga behovet gjeld (valfritt).
    .need_role = id-en til stillingsgruppa behovet gjeld (valfritt).
    .need_strategy =
        Korleis behovet skal dekkjast: acquire (skaffe), develop (utvikle), mobilise
        (mobilisere kompetansen de har) eller phase-out (avvikle). Tiltaka må ha same strategi.
    .need_quantity =
        Eininga for current og required: persons (personar), fte (årsverk) eller percent (prosent).
    .need_current = Det de har i dag.
    .need_required = Det de treng. Gapet er required − current.
    .need_by = Året behovet skal vere dekt (innanfor planperioden).
    .need_priority = Prioritet: high (høg), medium (middels) eller low (låg).
    .need_rationale =
        Grunngjeving (valfritt, Markdown): kva tala byggjer på, og kvifor behovet er viktig.
    .need_replace =
        replace_departures (valfritt): true tyder at òg forventa avgang (departures) i
        stillingsgruppa til og med by må erstattast.
        Standard: true for acquire-behov med role, målt i persons eller fte.
    .apprentices =
        Eigne lærlingar (valfritt): lærefag, læreplassar per år (places) og kor mange som er venta å
        fullføre (completing). Dei som fullfører, tel med når eit behov med same role skal dekkjast.

step5-ex =
    .source = HR-systemet
    .apprentice_trade = Helsearbeidarfaget
    .age_bands =
        under 30
        30–49
        50–61
        62 og over
    .need_title = Fagbrev for tilsette i fagarbeidarstillingar som manglar det
    .mobilise_need_title = Bruke røynsla til fagarbeidarane med lengst fartstid i opplæringa av nye kollegaer
    .need_rationale =
        Fire tilsette i fagarbeidarstillingar i Eining A manglar fagbrev. Alle har lang
        erfaring og kan ta fagbrev som praksiskandidatar.

# ---------------------------------------------------------------------------------------------
## step6
step6-title = Kompetansestrategiar og tiltak
step6-intro =
    Korleis skal kommunen dekkje behova frå steg 5?
    {""}
    KS og Lai brukar fire strategiar:
    - mobilisere (mobilise): bruke kompetansen de alt har, betre. Lai tilrår å byrje her.
    - utvikle (develop): læring i arbeidet, åleine og saman, e-læring, kurs og vidareutdanning.
    {"  "}Her ligg vanlegvis dei fleste tiltaka.
    - skaffe (acquire): rekruttere, eller samarbeide med andre om kompetansen.
    - avvikle (phase-out): der behovet for ei teneste går ned, t.d. på grunn av demografien.
    {""}
    Skildre kvart tiltak med målgruppe, ansvarleg, periode, kostnad per år og finansiering.
    Tiltak som kostar pengar, må inn i budsjettet og økonomiplanen (steg 2). Reglar for
    studiepermisjon og bindingstid kan stå i skildringa av strategien develop.

step6-help =
    .strategies =
        Korleis planen brukar kvar av dei fire strategiane (valfritt, høgst éin blokk per strategi).
    .strategy_kind = acquire (skaffe), develop (utvikle), mobilise (mobilisere) eller phase-out (avvikle).
    .strategy_description = Kva strategien tyder i denne planen (Markdown).
    .funding = Finansieringskjelder som kostnadene viser til.
    .funding_name = Namnet på kjelda eller ordninga.
    .funding_kind =
        own-budget (eige budsjett), state-grant (statleg tilskot), fund (fond), partner
        (samarbeidspartnar) eller other (anna).
    .funding_administrator = Kven som forvaltar ordninga (valfritt).
    .funding_reference = Kapittel og post, regelverk eller lenkje (valfritt).
    .funding_examples =
        Aktuelle ordningar er t.d. kompetanse- og tenesteutviklingstilskotet (helse og omsorg,
        Statsforvaltaren), desentralisert ordning og regional ordning (skule og barnehage) og
        Kompetanse for kvalitet (vidareutdanning for lærarar).
    .funding_scheme =
        Reglane for ordninga (valfritt): match_percent (eigendel i prosent av tilskotet, t.d. 30
        for desentralisert ordning), from_year og until_year (åra ordninga kan betale for),
        collective_only: true (berre kollektiv, arbeidsplassbasert kompetanseutvikling, ikkje
        individuell vidareutdanning), application_deadline og report_deadline (søknads- og
        rapporteringsfrist: ein dato ÅÅÅÅ-MM-DD, eller MM-DD for ein frist som kjem kvart år).
        Skriv berre det du har sjekka i regelverket eller hos forvaltaren.
    .measures = Tiltaka.
    .measure_title = Tiltaket i éi setning.
    .mobilise_measure = Eit tiltak som mobiliserer: det tek i bruk kompetansen som alt finst.
    .measure_strategy =
        Strategien (acquire, develop, mobilise eller phase-out) – den same
        som for behova tiltaket dekkjer.
    .measure_needs =
        Behova tiltaket dekkjer, minst eitt: berre id-en (B1), eller {"{"} need: B1, closes: 4 {"}"} der
        closes er kor mykje av gapet tiltaket lukkar, målt i eininga til behovet (quantity). Til
        saman bør tiltaka lukke heile gapet.
    .measure_description = Kva tiltaket går ut på (valfritt, Markdown).
    .measure_target_group = id-en til stillingsgruppa (steg 1) tiltaket er for (valfritt).
    .measure_unit = id-en til eininga (steg 1) tiltaket gjeld (valfritt).
    .measure_participants = Talet på deltakarar (valfritt).
    .measure_responsible = Kven som har ansvaret for tiltaket – ei rolle, ikkje eit namn.
    .measure_arena =
        Læringsarena (valfritt): workplace (på arbeidsplassen), course (kurs), e-learning
        (e-læring), further-education (vidareutdanning), network (nettverk) eller other (anna).
    .measure_form =
        Form (valfritt): individual (individuell, t.d. fagbrev eller vidareutdanning) eller
        collective (kollektiv, ei eining eller gruppe som lærer saman).
    .measure_education =
        Vilkår for utdanningsstøtte (valfritt, blir viste under «Reglar for utdanningsstøtte»):
        study_leave (paid, unpaid, partly-paid eller none), covered_costs (kva kommunen dekkjer),
        binding_months (bindingstid i månader) og selection (kven som kan vere med, og korleis
        dei blir valde ut).
    .measure_dates = Start- og sluttdato (ÅÅÅÅ-MM-DD), innanfor planperioden.
    .measure_status =
        planned (planlagt), ongoing (i gang), completed (gjennomført), postponed (utsett) eller
        cancelled (avlyst). Oppdater status undervegs: kplan check varslar om planlagde tiltak og
        tiltak i gang som har passert sluttdatoen.
    .measure_costs =
        Kostnader per år: year (år), amount (heile kroner), funding (id-en til finansieringskjelda)
        og status: budgeted (budsjettert), to-apply (skal søkjast), applied (søkt), granted
        (innvilga) eller rejected (avslått: blir vist, men ikkje rekna med i summane).
    .measure_indicators = id-ar til indikatorar (steg 7) som viser om tiltaket verkar (valfritt).

step6-ex =
    .mobilise =
        Før vi rekrutterer eller kjøper kurs, undersøkjer vi om kompetansen alt finst
        hos oss, og brukar han betre – gjennom heile stillingar, oppgåvedeling og rettleiing
        mellom kollegaer.
    .develop =
        Dei fleste tiltaka handlar om å utvikle dei som alt arbeider her: læring i
        arbeidet, e-læring, kurs, fagbrev på jobb og vidareutdanning. Utdanning som kommunen
        betaler, kan gje bindingstid etter reglementet til kommunen.
    .acquire =
        Der vi ikkje kan utvikle kompetansen sjølve, rekrutterer vi, eller samarbeider
        med andre kommunar og utdanningsinstitusjonar.
    .phase_out =
        Der behovet for ei teneste går ned, tilpassar vi bemanninga gjennom naturleg
        avgang og omplassering, og tilbyr tilsette som blir råka, kvalifisering til andre
        oppgåver.
    .own_funding_name = { $municipality } – driftsbudsjettet for { $scope }
    .grant_funding_name = Statleg tilskot til kompetanseheving
    .grant_administrator = Statsforvaltaren
    .grant_reference = Kap. 761 post 68
    .measure_title = Fagbrev på jobb for tilsette i fagarbeidarstillingar
    .mobilise_measure_title = Erfarne fagarbeidarar som rettleiarar for nye kollegaer
    .measure_description =
        Tilsette med lang erfaring tek fagbrev som praksiskandidatar, med
        teoriopplæring i arbeidstida og rettleiing frå ein kollega med fagbrev.
    .measure_responsible = Leiar for Eining A

# ---------------------------------------------------------------------------------------------
## step7
step7-title = Gjennomføring, oppfølging og evaluering
step7-intro =
    Korleis skal planen gjennomførast, følgjast opp og evaluerast?
    {""}
    Skildre korleis tiltaka blir følgde opp (gjennom økonomiplanen og/eller verksemdsplanane),
    korleis det blir rapportert (ofte til kommunestyret i årsmeldinga), og når planen blir
    evaluert og rullert. Gode spørsmål i evalueringa: Kva har vi oppnådd? Kva held vi fram med,
    og kva sluttar vi med? Kor mange deltok i kvart tiltak, og kva lærte dei?
    Medarbeidarundersøkingar kan òg gje svar.
    {""}
    Indikatorane gjer måla målbare: eit utgangspunkt (baseline), eit mål (target) og målingar
    undervegs (measurements).
    {""}
    Når ei evaluering er gjennomført, før henne opp under records. kplan check varslar når ei
    planlagd evaluering (schedule) eller neste revisjon (next_review i kplan.toml) er passert
    utan at ei evaluering er registrert.

step7-help =
    .indicators = Indikatorar: det de måler for å sjå om måla blir nådde.
    .indicator_name = Kva som blir målt.
    .indicator_quantity =
        Eining: percent (prosent), persons (personar), fte (årsverk), amount (kroner),
        score (skår) eller count (tal).
    .indicator_direction = Kva veg talet skal gå: increase (auke) eller decrease (redusere).
    .indicator_source = Kvar talet blir henta frå (valfritt).
    .indicator_baseline = Utgangspunktet: år og verdi.
    .indicator_target = Målet: år (innanfor planperioden) og verdi.
    .indicator_measurements = Målingar undervegs: år og verdi, skrivne som baseline. Legg til ei måling for kvart år som er omme, ikkje før.
    .evaluation = Oppfølging og evaluering av planen. Står berre éin gong i heile planen.
    .responsible = Kven som har ansvaret for oppfølginga – ei rolle, ikkje eit namn.
    .reporting =
        Korleis det blir rapportert: annual-report (i årsmeldinga), separate-report
        (eigen rapport) eller both (begge).
    .description = Korleis planen blir følgd opp, rapportert og rullert (valfritt, Markdown).
    .schedule =
        Planlagde evalueringar: dato, scope (actions = tiltaksdelen, plan = heile planen) og tittel.
    .records =
        Gjennomførte evalueringar: dato, tittel, funn (Markdown) og avgjerd – continue (vidareføre),
        adjust (justere) eller stop (avslutte). Fjern # framfor linjene under når den første
        evalueringa er gjord, og fyll inn:

step7-ex =
    .indicator_name = Del av dei tilsette i fagarbeidarstillingar som har fagbrev
    .indicator_source = HR-systemet
    .responsible = Kommunalsjef
    .description =
        Tiltaka blir følgde opp i verksemdsplanane til einingane og i økonomiplanen.
        Status for tiltaka og indikatorane blir rapportert til kommunestyret i årsmeldinga kvart
        år.
        {""}
        Tiltaksdelen blir rullert kvart år, og heile planen kvart fjerde år. Tillitsvalde og
        verneombod deltek i evalueringane.
    .schedule_actions = Årleg gjennomgang av tiltaka for { $start }
    .schedule_plan = Evaluering og revisjon av heile planen
    .record_title = Evaluering av tiltaka for { $start }
    .record_findings = Tre av fire deltakarar er i gang med fagbrev på jobb.

# ---------------------------------------------------------------------------------------------
## readme
readme-intro =
    Denne mappa er den strategiske kompetanseplanen for { $scope } i { $municipality }, skriven som
    tekstfiler. Verktøyet kplan kontrollerer planen og lagar det ferdige dokumentet. Planen følgjer
    KS-modellen «Strategisk kompetanseplanlegging», med éi fil per steg.
readme-files_heading = Filene
readme-step_col = Steg
readme-file_col = Fil
readme-content_col = Innhald
readme-sections_col = Seksjonar
readme-manifest_row = Tittel, periode, språk, status og innstillingar
readme-schemas_row = Skjema som gjev redigeringsprogrammet framlegg og kontroll medan du skriv
readme-workflow_row = Automatisk kontroll i GitHub Actions
readme-workflow_row_gitlab = Automatisk kontroll i GitLab CI
readme-files_after =
    Kommentarane i filene forklarar kva kvart steg handlar om, og kva kvart felt tyder. Tekstar som
    byrjar med «EKSEMPEL:», er døme som skal bytast ut.
readme-check_heading = Kontroller planen
readme-check_text =
    Køyr dette i mappa etter kvar endring:
readme-check_after =
    `kplan check` finn feil (t.d. ein id som ikkje finst) og varslar om det KS-modellen
    forventar (t.d. eit mål utan indikator eller eit tiltak utan kostnad). Kvar melding seier kvar
    problemet er, og korleis det kan løysast; `kplan explain REGEL` forklarar regelen nærare.
readme-check_notes =
    Så lenge filene har dømetekstar, gjev `kplan check` éin merknad (`example-text`) per fil, med
    talet på tekstar som byrjar med «EKSEMPEL:». Ein ny plan som blir kontrollert før planperioden
    byrjar, gjev desse merknadene og ingenting anna. Ein merknad stoppar aldri kontrollen, men når
    planen blir send på høyring (`status = "consultation"`) eller vedteken, er dømetekst ein feil.
readme-render_heading = Lag dokumentet
readme-render_text =
    `kplan render` kontrollerer planen og skriv `build/plan.html` (éi fil som kan opnast i
    nettlesaren, skrivast ut eller leggjast ved ei politisk sak) og `build/plan.md`. Mappa `build/`
    blir halden utanfor git (sjå `.gitignore`).
readme-editor_heading = Redigering
readme-editor_text =
    Kvar fil byrjar med ei tilvising til skjemaa i `schemas/`. I Visual Studio Code gjev
    utvidingane «YAML» (Red Hat) og «Even Better TOML» då framlegg til felt og gyldige verdiar, og
    dei markerer feil medan du skriv. Skjemaa blir oppdaterte med `kplan schema -o schemas` når du
    tek i bruk ein ny versjon av kplan.
readme-ci_heading = Automatisk kontroll
readme-ci_text =
    køyrer `kplan check` og `kplan render` ved kvar pull request og kvar push til standardgreina,
    viser feil som annotasjonar i filene og i eit samandrag av køyringa, og legg det ferdige
    dokumentet ved køyringa. kplan-handlinga lastar ned kplan ferdig bygd, i versjonen som står i
    fila.
readme-ci_text_gitlab =
    køyrer `kplan check` i kvar merge request og på standardgreina, viser merknadene i Code
    Quality-visinga til merge requesten, og lagrar det ferdige dokumentet som ein artefakt. Jobben
    lastar ned kplan ferdig bygd og kontrollerer sjekksummen, i versjonen som står i fila.

## gitlab
gitlab-intro =
    kplan i GitLab CI: kontrollerer planen i kvar merge request (merknadene blir viste i Code
    Quality-visinga til merge requesten) og på standardgreina, og lagar dokumentet (HTML, Markdown og
    PDF) som ein artefakt som kan lastast ned. Sjå docs/gitlab.md i repositoriet til kplan.
gitlab-version_note = kplan-versjonen som blir brukt, og kvar arkiva for utgivingane ligg.
gitlab-plan_note = Planmappa (den med kplan.toml), rekna frå rota av repositoriet.
gitlab-download_note = Lastar ned kplan ferdig bygd for Linux og kontrollerer SHA-256-summen før han blir brukt.
gitlab-log_note = Merknadene som tekst i jobbloggen; statusen kjem frå neste linje.
gitlab-report_note = Dei same merknadene til merge request-visinga; status 1 ved feil stoppar jobben.
gitlab-artifact = kompetanseplan

## workflow
workflow-intro =
    Kontrollerer planen og lagar dokumentet ved kvar pull request og kvar push til standardgreina.
    Feil blir viste som annotasjonar i filene og i eit samandrag av køyringa; dokumentet blir lagt
    ved køyringa som ein artefakt.
workflow-push_note = Ein push til andre greiner enn standardgreina blir kontrollert i sin pull request.
workflow-check = Kontroller planen
workflow-check_note =
    kplan-handlinga lastar ned denne versjonen av kplan (kontrollert mot sjekksummen), kontrollerer
    planen og skriv eit samandrag. Auk versjonen når de tek i bruk ein ny kplan. Skriv
    deny-warnings: "true" om åtvaringar òg skal stoppe køyringa.
workflow-render = Lag dokumentet
workflow-upload = Last opp dokumentet
workflow-output_note = Endre stien om du har endra [render] output i kplan.toml.
workflow-artifact = kompetanseplan

## findings
manifest-show_findings =
    Merknadene frå kontrollen står i eit eige vedlegg i dokumentet. Skriv false for å utelate dei
    (kplan check viser dei framleis):
# The council parts of kplan.toml (all optional, commented out): foreword, decision text,
# consultation, coat of arms and appendices.
## council
council-foreword =
    Føreord (valfritt): ein kort tekst frå den som legg fram planen, som regel
    kommunedirektøren, med dato og underskrift. Det står framfor samandraget i dokumentet.
    Namnet på den som skriv under, er det einaste namnet i planen utanom gruppene i steg 1.
    Fjern # og fyll inn:
council-foreword_text = Kvifor planen er viktig for { $municipality }, og takk til alle som har bidrege.
council-foreword_role = Kommunedirektør
council-foreword_name = Ola Nordmann
council-decision =
    Vedtaksteksten (valfritt, Markdown) slik kommunestyret vedtok han; før vedtaket:
    framlegget til vedtak. Dokumentet viser han under «Vedtak» eller «Framlegg til vedtak».
council-decision_text = Kommunestyret vedtek strategisk kompetanseplan for { $scope } { $start }–{ $end }.
council-consultation =
    Høyringa (valfritt): høyringsfristen, kven planutkastet vart sendt til, og eit samandrag av
    innspela og korleis planen svarar på dei. Dokumentet viser henne i steg 2. Fjern # og fyll inn:
council-consulted =
    Fagforbundet
    Hovudverneombodet
    Eldrerådet
council-consultation_summary = Det kom inn tre høyringsfråsegner. Dei viktigaste innspela, og korleis planen svarar på dei: …
council-logo = Kommunevåpenet (valfritt): ei SVG- eller PNG-fil i planmappa, øvst på framsida:
council-logo_file = grafikk/kommunevapen.svg
council-appendices =
    Vedlegg (valfritt): Markdown-filer i planmappa, t.d. mandatet eller ei kartlegging. Dei
    blir vedlegg B, C, … i dokumentet. Utan title er tittelen den første overskrifta i fila.
    Fjern # og fyll inn, éi blokk per vedlegg:
council-appendix_title = Mandat for arbeidsgruppa
council-appendix_file = vedlegg/mandat.md
