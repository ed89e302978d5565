# English texts for `kplan init`. Every catalogue has exactly the same keys (a test checks it).
#
# Texts are used by the templates in templates/init/. A list of strings is printed line by line
# (as comment lines, or as the lines of a Markdown text). In example values these placeholders are
# replaced: {municipality}, {scope} (with a lower-case first letter), {start}, {end}, {next} (the
# year after start).

## files
files-step1 = 1-organisation
files-step2 = 2-anchoring
files-step3 = 3-goals
files-step4 = 4-competence
files-step5 = 5-analysis
files-step6 = 6-measures
files-step7 = 7-evaluation

## example
example-title = Strategic competence plan for

## gitignore
gitignore-comment = The document made by kplan render does not belong in git.

## defaults
defaults-municipality = Example Municipality
defaults-scope = The whole municipality
defaults-ask_municipality = Name of the municipality
defaults-ask_number = Municipality number (kommunenummer, four digits, may be left empty)
defaults-ask_scope = What the plan covers (the whole municipality, a service area or a group of positions)
defaults-ask_format = File format of the plan files: yaml or toml
defaults-ask_period = Plan period
defaults-next_steps = Next: fill in the plan with the municipality's own content (the comments in the files explain each step), then run `kplan check { $dir }`.

# Shared by all files.
## common
common-mark = EXAMPLE:
common-step_of = Step { $n } of 7
common-model = The KS model «Strategisk kompetanseplanlegging» (strategic competence planning)
common-how_to =
    How to use this file:
    - Texts starting with «EXAMPLE:», and all figures, dates and case numbers, are examples.
    {"  "}Replace them with the municipality's own content. The examples are linked across the files
    {"  "}(goal → need → measure → cost → funding), so change an id everywhere at once.
    - Need more of something (more goals, measures, units …)? Copy the example and give the copy
    {"  "}a new id.
    - Lines starting with # are comments. Delete them when you no longer need them.
    - Longer texts are written in Markdown: blank lines separate paragraphs, «- » makes a bulleted
    {"  "}list and **text** makes bold. Dates are written YYYY-MM-DD, years as numbers (2027).
    - Run `kplan check` after every change; its messages say what is missing, and where.
common-id =
    The id is a short key, unique in the whole plan. Use A–Z, a–z, 0–9, full stop, hyphen and
    underscore (no æ, ø, å or spaces). Other parts of the plan refer to it by this id.

# Ids of the worked example (ASCII, unique, referenced across files).
## ids
ids-area_unit = service-area
ids-unit = unit-a
ids-role = skilled-worker
ids-plan_anchoring = master-plan
ids-economy_anchoring = economy-plan
ids-ambition = A1
ids-guideline = collective-agreement
ids-goal = G1
ids-area = trade-certificate
ids-need = N1
ids-own_funding = own-budget
ids-grant_funding = state-grant
ids-measure = M1
ids-mobilise_need = N2
ids-mobilise_measure = M2
ids-indicator = I1

# ---------------------------------------------------------------------------------------------
## manifest
manifest-intro =
    kplan.toml is the manifest: the file that makes this folder a competence plan, and that holds
    the plan's name, period, language and status. The content itself is in the step files
    (1-… to 7-…).
manifest-plan = About the plan as a whole.
manifest-title = The title of the plan as it appears on the front page of the document.
manifest-municipality = Name of the municipality.
manifest-municipality_number = The municipality number (kommunenummer, four digits). Optional.
manifest-no_number =
    The municipality number (kommunenummer, four digits). Optional – remove the # and fill
    in:
manifest-scope =
    What the plan covers: the whole municipality, a service area (e.g. health and
    care) or a group of positions.
manifest-period =
    The plan period: first and last year (start <= end). Measures, costs, needs and
    indicator targets must lie within it.
manifest-population =
    Inhabitants (optional): gives apprenticeship places per 1 000 inhabitants in the document, and
    kplan check compares with KS's recommendation of at least 2. Leave it out in a plan for one sector.
manifest-language = Language of the finished document: nb (Bokmål), nn (Nynorsk) or en (English).
manifest-status = draft, consultation (out for consultation), adopted or retired.
manifest-version = A free version label for this edition of the plan. Optional.
manifest-summary =
    Summary (Markdown). Optional, but useful for politicians and staff who only
    read the beginning. A signed foreword goes in [plan.foreword] below.
manifest-summary_text =
    Write a short summary: why { $municipality } is making this plan, which challenges
    it answers, and what the main actions are in the period { $start }–{ $end }.
manifest-version_value = 0.1
manifest-adoption =
    The adoption. Required when status is «adopted»: the body that adopted the plan (body), the
    date (date) and the case number (case). Remove the # in front of the lines once it is adopted:
manifest-adoption_body = Municipal council (kommunestyret)
manifest-adoption_case = PS 00/00
manifest-revision =
    Revision (step 7): the plan is a rolling plan. The whole plan is revised every
    plan_interval_years years and its measures every action_interval_years years. next_review is
    the date of the next review; kplan check warns when it has passed without an evaluation
    recorded in 7-evaluation.
manifest-checks =
    Severity per rule (optional): "error", "warning", "note" or "off".
    `kplan explain RULE` explains each rule. For example:
manifest-render = Settings for `kplan render`.
manifest-privacy_threshold =
    Privacy threshold: staffing figures for groups with fewer persons than this are not shown in
    the document, because small groups can reveal who they are about. 5 is a common choice.
manifest-output = The folder the document is written to (default «build», see .gitignore):
manifest-templates = A folder of your own templates that replace the built-in ones (optional):

# ---------------------------------------------------------------------------------------------
## step1
step1-title = Organisation and involvement
step1-intro =
    Who does the work, and with what mandate?
    {""}
    KS recommends a project or working group of managers and employees from the area the plan
    covers. Employee representatives (tillitsvalgte) and, where relevant, safety representatives
    (verneombud) should take part – through the ordinary co-determination system or in joint
    groups. The group needs a clear mandate: what is to be delivered and when, who holds which
    roles, and who is responsible for what. The mandate is an agreement between line management
    and the project group.
    {""}
    Tip: involve the employee representatives from the start, not only when the draft is to be
    discussed. The plan will be better anchored, and you avoid surprises along the way.
    {""}
    This file also describes the units and roles (groups of positions) that the rest of the plan
    refers to.

step1-help =
    .organisation = How the work is organised. Appears only once in the whole plan.
    .owner =
        Who owns the plan? Write a role or position, not a name – the role
        remains when people change jobs.
    .mandate =
        The mandate of the work (Markdown): background, what the group is to
        deliver, deadlines and reporting.
    .groups = The groups taking part in the work (optional). One block per group.
    .group_name = Name of the group.
    .group_kind =
        Kind of group: steering (steering group), project (project group), working (working
        group) or reference (reference group).
    .members = The members, each with their role.
    .member_role = The role or position, e.g. «Chief employee representative, Fagforbundet».
    .member_name =
        The name is optional. The names of those who did the work are the only
        personal data the plan may contain – the plan becomes a public document.
        Remove the # to include the name:
    .member_represents =
        Whom the member represents: management, employee-representative (tillitsvalgt),
        safety-representative (verneombud), hr, employee, politician or other. At least
        one employee representative should take part: Hovedtariffavtalen (KS) chapter 3
        has the employer plan competence measures together with the tillitsvalgte, and
        Hovedavtalen holds the rules on co-determination. Otherwise kplan check warns.
    .milestones = Milestones of the work (optional).
    .milestone_date = The date the milestone is to be reached (YYYY-MM-DD).
    .milestone_title = What is to be done by then.
    .milestone_done = true once the milestone is reached (default false).
    .units =
        Units: service areas, units or departments that staffing figures, needs and measures refer
        to. Include only the units the plan actually says something about.
    .unit_name = Name of the unit as it is to appear in the plan.
    .unit_parent = The id of the unit above this one (optional).
    .roles =
        Roles: groups of positions or target groups (e.g. nurses, teachers, skilled workers) that
        staffing figures, needs and measures refer to.
    .role_name = Name of the group of positions.
    .role_education = The formal education required for the position (optional).

step1-ex =
    .owner = Chief Municipal Executive
    .mandate =
        The Chief Municipal Executive of { $municipality } has asked the project group to
        draw up a strategic competence plan for { $scope } for the period { $start }–{ $end }.
        {""}
        The project group shall
        {""}
        1. map staffing and competence in the units,
        2. assess the competence needs in the period in light of the goals, guidelines and demography,
        3. propose goals, strategies and measures with costs and funding,
        4. propose how the plan is to be followed up and evaluated.
        {""}
        The work is done together with employee representatives and safety representatives. The
        project manager reports to the executive management group at each milestone.
    .group_name = Project group
    .member_management = Head of service area (chair of the project group)
    .member_hr = HR adviser (project manager)
    .member_employee_rep = Chief employee representative, Fagforbundet
    .member_safety_rep = Chief safety representative
    .member_name = Kari Nordmann
    .milestone_analysis = Competence and staffing analysis completed
    .milestone_adopted = Plan adopted
    .unit_name = Unit A
    .role_name = Skilled workers
    .role_education = Trade certificate (fagbrev) in a relevant trade

# ---------------------------------------------------------------------------------------------
## step2
step2-title = Anchoring
step2-intro =
    What does the plan rest on, and what does the municipality want to achieve with it?
    {""}
    A plan is only carried out if it is anchored: in top management, politically as far as the
    delegation of authority requires, and with the employees' organisations. Everyone should know
    why the plan is made, what you want to achieve, and how.
    {""}
    Strategies and measures that cost money must be included in the action part of the municipal
    master plan and in the four-year economy plan (økonomiplan) – that is where they become
    political priorities. So list the economy plan and/or the budget here; kplan check warns if no
    anchoring is of kind economy-plan or budget.
    {""}
    The ambitions say briefly what the municipality wants to be or achieve. The goals in step 3
    refer to them.

step2-help =
    .anchoring =
        Anchoring: plans, strategies, budgets and decisions the plan rests on, and its treatment by
        management and the employee representatives.
    .kind =
        Kind: municipal-plan, sector-plan (sector or thematic plan), employer-strategy, economy-plan
        (økonomiplan), budget, political-decision, management, employee-organisations or other.
    .title = Title of the document or decision.
    .reference = Case number or link (optional), as the municipality writes it.
    .date = Date of the decision or document (optional). Remove the # and fill in:
    .description = What the plan takes from it, or what the decision says (optional, Markdown).
    .ambitions = Ambitions: briefly and clearly, what the municipality wants to achieve with the plan.
    .ambition_title = The ambition in one sentence.
    .ambition_description = What the ambition means in practice (optional, Markdown).

step2-ex =
    .plan_title = Municipal master plan, social element (kommuneplanens samfunnsdel)
    .plan_reference = PS 00/00
    .plan_description =
        The social element says the municipality shall be an attractive employer with
        qualified and stable professionals. The competence plan is one of the means to achieve
        this.
    .economy_title = Economy plan { $start }–{ $end }
    .economy_reference = PS 00/00
    .economy_description =
        The measures in this plan are included in the budget frame for { $scope }.
        Measures that depend on state grants are carried out only if the grant is awarded.
    .ambition_title = { $municipality } is an attractive workplace with competent staff
    .ambition_description =
        We recruit and keep professionals because we offer full-time positions, a good
        working environment and professional development throughout working life.

# ---------------------------------------------------------------------------------------------
## step3
step3-title = Overarching goals and guidelines
step3-intro =
    Which goals is competence to serve, and which guidelines must the plan take into account?
    {""}
    Guidelines can be local – the social element of the municipal master plan, service and
    quality plans, the employer strategy, the economy plan – or national: laws and regulations,
    white papers, staffing norms, national programmes and the population projections of
    Statistics Norway (SSB) for the plan period. Key figures on staff, sick leave and part-time
    work belong here too.
    {""}
    A good goal can be operationalised: you can measure how far you have come. So link each goal
    to at least one indicator (step 7), and show what the goal is based on (based_on). Each goal
    also needs at least one need (step 5) with at least one measure (step 6).

step3-help =
    .guidelines =
        Guidelines: laws, regulations, national strategies, norms,
        agreements, demography and local plans.
    .title = Title of the guideline.
    .level = Level: national, regional or local.
    .kind =
        Kind: law, regulation, white-paper, national-strategy, norm,
        agreement, demography, plan or other.
    .reference = Link or reference (optional), e.g. to Lovdata. Remove the # and fill in:
    .description = What the guideline requires or means for the plan (optional, Markdown).
    .goals = The goals the plan is to serve.
    .goal_title = The goal, worded so that you can measure whether it is reached.
    .goal_description = Further explanation (optional, Markdown).
    .goal_ambition = The id of the ambition in step 2 that the goal belongs to (optional).
    .goal_based_on = Ids of guidelines (here) or anchoring (step 2) that the goal is based on.
    .goal_indicators = Ids of the indicators in step 7 that measure the goal.

step3-ex =
    .guideline_title = Collective agreement for the KS area (Hovedtariffavtalen), chapter 3
    .guideline_description =
        The employer shall, together with the employee representatives, map the
        competence needs and draw up a plan for competence-raising measures.
    .goal_title = Everyone working in skilled-worker positions holds a trade certificate
    .goal_description =
        Today 20 of the 24 staff in skilled-worker positions in Unit A hold a trade
        certificate. By { $end } all of them shall.

# ---------------------------------------------------------------------------------------------
## step4
step4-title = What is competence?
step4-intro =
    What does the municipality mean by competence? A shared understanding of the word makes it
    easier to talk about needs and measures.
    {""}
    Linda Lai (2013) describes competence as the knowledge, skills, abilities and attitudes that
    make it possible to carry out tasks in line with goals and requirements. Competence is always
    judged against concrete situations, and it has value only when it is used.
    {""}
    KS distinguishes formal competence (from education) from non-formal competence (from
    experience); together they make up real competence (realkompetanse). Systems and databases
    are tools, not competence.
    {""}
    The competence areas (competence_areas) are the areas within which the plan looks at needs.
    Each need in step 5 refers to one area.

step4-help =
    .competence = What the plan means by competence. Appears only once in the whole plan.
    .definition = The definition (Markdown), preferably in your own words with examples from the services.
    .source = The source the definition is based on (optional).
    .components =
        Which of Lai's four building blocks the definition covers (optional):
        knowledge, skills, abilities, attitudes.
    .areas = Competence areas: the education, fields and skills within which the plan looks at needs.
    .area_name = Name of the competence area.
    .area_kind =
        formal (education, trade certificate, authorisation) or non-formal (experience, courses).
    .area_category =
        Category (optional): professional, digital, leadership,
        collaboration, change, language or other.
    .area_qualification = The education or qualification that gives the competence (optional).
    .area_description = What the area covers (optional, Markdown).

step4-ex =
    .definition =
        In this plan, competence is the knowledge, skills, abilities and attitudes that
        enable our staff – and the service as a whole – to carry out their tasks in line with the
        goals and requirements that apply. Competence has value only when it is put to use.
        {""}
        We distinguish **formal competence** (education, trade certificates, authorisation) from
        {"*"}*non-formal competence** (experience, courses and learning at work). Together they make
        up real competence.
    .source = Lai, L. (2013). Strategisk kompetansestyring. Fagbokforlaget.
    .area_name = Trade certificate in a relevant trade
    .area_qualification = Trade certificate, e.g. in health work or child and youth work
    .area_description =
        A trade certificate gives the formal competence required in skilled-worker
        positions. It can be taken as an experienced candidate (praksiskandidat) or through
        fagbrev på jobb.

# ---------------------------------------------------------------------------------------------
## step5
step5-title = Competence and staffing analysis
step5-intro =
    What do you need, what do you have, and what is the gap?
    {""}
    Lai describes three activities: 1) work out which competence the goals require – both quality
    and capacity (how vulnerable are we?), 2) analyse the competence you have, and whether it is
    used, and 3) identify the needs: what must be mobilised, learnt or acquired?
    {""}
    KS recommends looking at both staffing (types of position such as nurses, teachers and
    engineers) and competence (e.g. collaboration or digital competence). Start from the goals:
    mapping without goals produces data nobody can use. Prefer analysis to long lists of what
    each employee knows.
    {""}
    workforce holds staffing figures per unit, preferably per role. Write aggregated figures only,
    never information about individuals. Groups with fewer persons than the privacy threshold
    (privacy_threshold in kplan.toml) are not shown as figures in the document.
    {""}
    needs are the competence needs: the gap between what you need (required) and what you have
    (current).

step5-help =
    .workforce = Staffing figures: one block per unit, preferably per role.
    .unit = The id of the unit (step 1).
    .role = The id of the role (step 1). Optional – without role the figures cover the whole unit.
    .as_of = The date the figures apply to (YYYY-MM-DD).
    .source = Where the figures come from (optional), e.g. the HR system, KOSTRA or GSI.
    .employees = Number of persons.
    .fte = Number of full-time equivalents (årsverk; cannot exceed the number of persons).
    .formal_competence = Per cent holding the formal competence the position requires (optional).
    .part_time = Per cent working part time (optional).
    .turnover = Turnover in per cent per year (optional).
    .sick_leave = Sick leave in per cent (optional).
    .unwanted_part_time = Per cent who want a larger position, unwanted part time (optional).
    .vacancies = Vacant årsverk: positions not filled (optional).
    .age =
        Number of persons per age band (optional). Choose the bands yourself;
        they must add up to employees.
    .departures =
        Expected departures (optional), e.g. retirement and turnover:
        the number of persons per year.
    .needs = Competence needs: each need is a gap between what you need and what you have.
    .need_title = The need in one sentence.
    .mobilise_need =
        A need to mobilise: competence the staff already has but that is not used well enough
        (KS and Lai: mobilise before you acquire or develop).
    .need_goals = The ids of the goals (step 3) the need derives from. At least one.
    .need_area = The id of the competence area (step 4).
    .need_unit = The id of the unit the need concerns (optional).
    .need_role = The id of the role the need concerns (optional).
    .need_strategy =
        How the need is to be met: acquire (recruit), develop, mobilise (make better use of the
        competence you have) or phase-out. Its measures must have the same strategy.
    .need_quantity =
        The unit of current and required: persons, fte (full-time equivalents) or percent.
    .need_current = What you have today.
    .need_required = What you need. The gap is required − current.
    .need_by = The year by which the need is to be met (within the plan period).
    .need_priority = Priority: high, medium or low.
    .need_rationale =
        Rationale (optional, Markdown): what the figures are based on, and why the need matters.
    .need_replace =
        replace_departures (optional): true means the expected departures of the role through by must
        be replaced too.
        Default: true for an acquire need with a role, measured in persons or fte.
    .apprentices =
        Own apprentices (optional): the trade, apprenticeship places per year (places) and how many are
        expected to complete (completing). Those completing count toward a need of the same role.

step5-ex =
    .source = HR system
    .apprentice_trade = Helsearbeiderfaget (health worker)
    .age_bands =
        under 30
        30–49
        50–61
        62 and over
    .need_title = Trade certificates for staff in skilled-worker positions who lack one
    .mobilise_need_title = Use the experience of the longest-serving skilled workers in training new colleagues
    .need_rationale =
        Four staff in skilled-worker positions in Unit A lack a trade certificate. All
        have long experience and can take the certificate as experienced candidates.

# ---------------------------------------------------------------------------------------------
## step6
step6-title = Competence strategies and measures
step6-intro =
    How will the municipality meet the needs from step 5?
    {""}
    KS and Lai use four strategies:
    - mobilise: make better use of the competence you already have. Lai advises starting here.
    - develop: learning at work, individually and together, e-learning, courses and further
    {"  "}education. This is usually where most measures are.
    - acquire: recruit, or cooperate with others for the competence.
    - phase-out: where the need for a service declines, e.g. because of demography.
    {""}
    Describe each measure with its target group, who is responsible, period, cost per year and
    funding. Measures that cost money must be in the budget and the economy plan (step 2). Rules
    on study leave and binding periods can go in the description of the develop strategy.

step6-help =
    .strategies =
        How the plan uses each of the four strategies (optional, at most one block per strategy).
    .strategy_kind = acquire, develop, mobilise or phase-out.
    .strategy_description = What the strategy means in this plan (Markdown).
    .funding = Funding sources that the costs refer to.
    .funding_name = Name of the source or scheme.
    .funding_kind =
        own-budget, state-grant, fund, partner or other.
    .funding_administrator = Who administers the scheme (optional).
    .funding_reference = Budget chapter and item, regulations or link (optional).
    .funding_examples =
        Typical schemes are, e.g., kompetanse- og tjenesteutviklingstilskuddet (health and care, the
        County Governor), the decentralised and regional schemes (schools and kindergartens) and
        Kompetanse for kvalitet (further education for teachers).
    .funding_scheme =
        The scheme's rules (optional): match_percent (own contribution in percent of the grant,
        e.g. 30 for the desentralisert ordning), from_year and until_year (the years it can pay
        for), collective_only: true (collective, workplace-based development only, no individual
        further education), application_deadline and report_deadline (a date YYYY-MM-DD, or
        MM-DD for a deadline that comes back every year).
        Write only what you have checked in the regulations or with the administrator.
    .measures = The measures.
    .measure_title = The measure in one sentence.
    .mobilise_measure = A measure that mobilises: it puts the competence that is already there to use.
    .measure_strategy =
        The strategy (acquire, develop, mobilise or phase-out) – the same
        as that of the needs it meets.
    .measure_needs =
        The needs the measure meets, at least one: just the id (N1), or {"{"} need: N1, closes: 4 {"}"}
        where closes is how much of the gap the measure closes, in the need's unit (quantity).
        Together the measures should close the whole gap.
    .measure_description = What the measure involves (optional, Markdown).
    .measure_target_group = The id of the role (step 1) the measure is for (optional).
    .measure_unit = The id of the unit (step 1) the measure concerns (optional).
    .measure_participants = Number of participants (optional).
    .measure_responsible = Who is responsible for the measure – a role, not a name.
    .measure_arena =
        Learning arena (optional): workplace, course, e-learning,
        further-education, network or other.
    .measure_form =
        Form (optional): individual (e.g. a trade certificate or further education) or
        collective (a unit or group learning together).
    .measure_education =
        Terms of education support (optional, shown under "Rules for education support"):
        study_leave (paid, unpaid, partly-paid or none), covered_costs (what the municipality
        covers), binding_months (binding time in months) and selection (who may take part, and
        how they are chosen).
    .measure_dates = Start and end date (YYYY-MM-DD), within the plan period.
    .measure_status =
        planned, ongoing, completed, postponed or cancelled. Keep the status up to date: kplan check
        warns about planned and ongoing measures whose end date has passed.
    .measure_costs =
        Costs per year: year, amount (whole kroner), funding (the id of the funding source) and
        status: budgeted, to-apply, applied, granted or rejected (shown, but counted in no
        total).
    .measure_indicators = Ids of indicators (step 7) that show whether the measure works (optional).

step6-ex =
    .mobilise =
        Before we recruit or buy courses, we find out whether the competence already
        exists among us, and use it better – through full-time positions, task sharing and peer
        guidance.
    .develop =
        Most measures are about developing the people who already work here: learning at
        work, e-learning, courses, trade certificates at work and further education. Education
        paid for by the municipality may come with a binding period under the municipality's
        rules.
    .acquire =
        Where we cannot develop the competence ourselves, we recruit, or cooperate with
        other municipalities and educational institutions.
    .phase_out =
        Where the need for a service declines, we adjust staffing through natural
        wastage and redeployment, and offer the staff affected qualification for other tasks.
    .own_funding_name = { $municipality } – operating budget for { $scope }
    .grant_funding_name = State grant for competence development
    .grant_administrator = The County Governor (Statsforvalteren)
    .grant_reference = Chapter 761, item 68
    .measure_title = Trade certificate at work for staff in skilled-worker positions
    .mobilise_measure_title = Experienced skilled workers as mentors for new colleagues
    .measure_description =
        Experienced staff take the trade certificate as experienced candidates, with
        theory training in working hours and guidance from a colleague who holds the certificate.
    .measure_responsible = Head of Unit A

# ---------------------------------------------------------------------------------------------
## step7
step7-title = Implementation, follow-up and evaluation
step7-intro =
    How is the plan to be carried out, followed up and evaluated?
    {""}
    Describe how the measures are followed up (through the economy plan and/or the business
    plans), how they are reported (often to the municipal council in the annual report), and when
    the plan is evaluated and revised. Good questions for the evaluation: What have we achieved?
    What do we continue, and what do we stop? How many took part in each measure, and what did
    they learn? Staff surveys can also give answers.
    {""}
    The indicators make the goals measurable: a starting point (baseline), a target (target) and
    measurements along the way (measurements).
    {""}
    When an evaluation has been carried out, record it under records. kplan check warns when a
    scheduled evaluation (schedule) or the next review (next_review in kplan.toml) has passed
    without an evaluation being recorded.

step7-help =
    .indicators = Indicators: what you measure to see whether the goals are being reached.
    .indicator_name = What is measured.
    .indicator_quantity =
        Unit: percent, persons, fte (full-time equivalents), amount (kroner), score or count.
    .indicator_direction = Which way the figure should move: increase or decrease.
    .indicator_source = Where the figure comes from (optional).
    .indicator_baseline = The starting point: year and value.
    .indicator_target = The target: year (within the plan period) and value.
    .indicator_measurements = Measurements along the way: year and value, written like baseline. Add one for each year that is over, not before.
    .evaluation = Follow-up and evaluation of the plan. Appears only once in the whole plan.
    .responsible = Who is responsible for the follow-up – a role, not a name.
    .reporting =
        How it is reported: annual-report, separate-report or both.
    .description = How the plan is followed up, reported and revised (optional, Markdown).
    .schedule =
        Scheduled evaluations: date, scope (actions = the measures,
        plan = the whole plan) and title.
    .records =
        Evaluations carried out: date, title, findings (Markdown) and decision –
        continue, adjust or stop. Remove the # in front of the lines below once the first
        evaluation is done, and fill in:

step7-ex =
    .indicator_name = Share of staff in skilled-worker positions who hold a trade certificate
    .indicator_source = HR system
    .responsible = Head of service area
    .description =
        The measures are followed up in the units' business plans and in the economy
        plan. The status of the measures and indicators is reported to the municipal council in
        the annual report every year.
        {""}
        The measures are revised every year, and the whole plan every four years. Employee
        representatives and safety representatives take part in the evaluations.
    .schedule_actions = Annual review of the measures for { $start }
    .schedule_plan = Evaluation and revision of the whole plan
    .record_title = Evaluation of the measures for { $start }
    .record_findings = Three of four participants are under way with their trade certificate.

# ---------------------------------------------------------------------------------------------
## readme
readme-intro =
    This folder is the strategic competence plan for { $scope } in { $municipality }, written as text
    files. The kplan tool checks the plan and makes the finished document from it. The plan
    follows the KS model «Strategisk kompetanseplanlegging» (strategic competence planning), with
    one file per step.
readme-files_heading = The files
readme-step_col = Step
readme-file_col = File
readme-content_col = Content
readme-sections_col = Sections
readme-manifest_row = Title, period, language, status and settings
readme-schemas_row = Schemas that give your editor suggestions and checks as you type
readme-workflow_row = Automatic checks in GitHub Actions
readme-workflow_row_gitlab = Automatic checks in GitLab CI
readme-files_after =
    The comments in the files explain what each step is about and what each field means. Texts
    starting with «EXAMPLE:» are examples to be replaced.
readme-check_heading = Check the plan
readme-check_text =
    Run this in the folder after every change:
readme-check_after =
    `kplan check` finds errors (e.g. an id that does not exist) and warns about what the KS model
    expects (e.g. a goal without an indicator or a measure without a cost). Each message says
    where the problem is and how to fix it; `kplan explain RULE` explains the rule in more detail.
readme-check_notes =
    While the files still hold example texts, `kplan check` gives one note (`example-text`) per
    file, with the number of texts that begin with “EXAMPLE:”. A fresh plan checked before its
    period starts gives these notes and nothing else. A note never stops a run, but once the plan
    is sent on consultation (`status = "consultation"`) or adopted, example text is an error.
readme-render_heading = Make the document
readme-render_text =
    `kplan render` checks the plan and writes `build/plan.html` (a single file that can be opened
    in a browser, printed or attached to a political case) and `build/plan.md`. The `build/`
    folder is kept out of git (see `.gitignore`).
readme-editor_heading = Editing
readme-editor_text =
    Each file starts with a reference to the schemas in `schemas/`. In Visual Studio Code, the
    extensions «YAML» (Red Hat) and «Even Better TOML» then suggest fields and valid values, and
    mark errors as you type. Update the schemas with `kplan schema -o schemas` when you start
    using a new version of kplan.
readme-ci_heading = Automatic checks
readme-ci_text =
    runs `kplan check` and `kplan render` on every pull request and every push to the default
    branch, shows errors as annotations in the files and in a summary of the run, and attaches the
    finished document to the run. The kplan action downloads kplan ready-built, in the version the
    file names.
readme-ci_text_gitlab =
    runs `kplan check` in every merge request and on the default branch, shows the findings in the
    merge request's Code Quality widget, and keeps the finished document as an artifact. The job
    downloads kplan ready-built and verifies its checksum, in the version the file names.

## gitlab
gitlab-intro =
    kplan in GitLab CI: checks the plan in every merge request (the findings appear in the merge
    request's Code Quality widget) and on the default branch, and renders the document (HTML,
    Markdown and PDF) as a downloadable artifact. See docs/gitlab.md in kplan's repository.
gitlab-version_note = The kplan release to use, and where its release archives are published.
gitlab-plan_note = The plan folder (the one with kplan.toml), relative to the repository root.
gitlab-download_note = Downloads the static Linux binary of kplan and checks its SHA-256 before using it.
gitlab-log_note = The findings as text in the job log; the exit status is the next line's.
gitlab-report_note = The same findings for the merge request widget; exit 1 on errors fails the job.
gitlab-artifact = competence-plan

## workflow
workflow-intro =
    Checks the plan and makes the document on every pull request and every push to the default
    branch. Errors are shown as annotations in the files and in a summary of the run; the document
    is attached to the run as an artifact.
workflow-push_note = A push to another branch than the default one is checked in its pull request.
workflow-check = Check the plan
workflow-check_note =
    The kplan action downloads this version of kplan (verified against its checksum), checks the
    plan and writes a summary. Raise the version when you start using a new kplan. Write
    deny-warnings: "true" if warnings should also fail the run.
workflow-render = Make the document
workflow-upload = Upload the document
workflow-output_note = Change the path if you have changed [render] output in kplan.toml.
workflow-artifact = competence-plan

## findings
manifest-show_findings =
    The remarks of the check are listed in an appendix of the document. Write false to leave
    them out (kplan check still shows them):
# The council parts of kplan.toml (all optional, commented out): foreword, decision text,
# consultation, coat of arms and appendices.
## council
council-foreword =
    Foreword (optional): a short text from whoever presents the plan, usually the chief
    executive, with date and signature. It comes before the summary in the document. The
    signer's name is the only name in the plan besides the groups in step 1. Remove the # and
    fill in:
council-foreword_text = Why the plan matters to { $municipality }, and thanks to everyone who contributed.
council-foreword_role = Chief executive
council-foreword_name = Ola Nordmann
council-decision =
    The decision text (optional, Markdown) as the council adopted it; before the decision, the
    proposed decision. The document shows it under "Decision" or "Proposed decision".
council-decision_text = The municipal council adopts the strategic competence plan for { $scope } { $start }–{ $end }.
council-consultation =
    The consultation (optional): the deadline for comments, who the draft was sent to, and a
    summary of the input and how the plan answers it. The document shows it in step 2. Remove
    the # and fill in:
council-consulted =
    Fagforbundet
    The chief safety representative
    The council for the elderly
council-consultation_summary = Three responses came in. The main points, and how the plan answers them: …
council-logo = The coat of arms (optional): an SVG or PNG file in the plan folder, at the top of the title page:
council-logo_file = graphics/coat-of-arms.svg
council-appendices =
    Appendices (optional): Markdown files in the plan folder, such as the mandate or a survey.
    They become appendices B, C, … of the document. Without a title, the title is the first
    heading of the file. Remove the # and fill in, one block per appendix:
council-appendix_title = Mandate for the working group
council-appendix_file = appendices/mandate.md
