# English (British). Every catalogue has exactly the same keys (a test checks it).
months =
    January
    February
    March
    April
    May
    June
    July
    August
    September
    October
    November
    December

## doc
doc-toc = Contents
doc-municipality_number = Municipality number
doc-scope = Scope
doc-period = Plan period
doc-status = Status
doc-version = Version
doc-adopted_by = Adopted by
doc-adoption_date = Date of adoption
doc-case = Case number
doc-summary = Summary
doc-key_figures = Key figures
doc-goals = Goals
doc-needs = Competence needs
doc-measures = Measures
doc-total_cost = Total cost over the plan period
doc-coverage_goals = Goals with needs and measures
doc-coverage_needs = Needs with measures
doc-recruitment_figure = people of the gross recruitment need are covered by measures and own apprentices
doc-recruitment_shortfall = { $n } people not covered
doc-recruitment_incomplete = leaving out needs whose departures are not given or are withheld
doc-cost_by_year = Cost per year
doc-year = Year
doc-amount = Amount
doc-of = of
doc-none = None
doc-withheld = fewer than { $n }
doc-withheld_note = Figures for groups of fewer than { $n } people are not shown, to protect privacy, nor are totals they could be worked out from; age bands and years with fewer than { $n } people are merged with their neighbours.
doc-under = fewer than { $n }
doc-chart_table_note = Figures in the chart:
doc-recruitment_basis = needs { $needs }: gap { $gap } + expected departures { $departures }

## steps
steps-s1 = Organisation and involvement
steps-s2 = Anchoring
steps-s3 = Overarching goals and guidelines
steps-s4 = What is competence?
steps-s5 = Competence and staffing analysis
steps-s6 = Competence strategies and measures
steps-s7 = Implementation, follow-up and evaluation
steps-appendix_a = Appendix A: From goals to measures
steps-appendix_b = Appendix { $letter }: Changes since the previous version
steps-step = Step

## step1
step1-owner = Plan owner
step1-mandate = Mandate
step1-groups = Groups
step1-member_role = Role
step1-member_name = Name
step1-member_represents = Represents
step1-milestones = Milestones
step1-milestone_date = Date
step1-milestone = Milestone
step1-milestone_done = Completed
step1-yes = Yes
step1-no = No
step1-units = Units
step1-unit = Unit
step1-parent = Part of
step1-roles = Occupational groups
step1-role = Occupational group
step1-education = Required education

## step2
step2-anchoring = Documents and decisions
step2-anchoring_intro = The plan builds on the following documents and decisions:
step2-kind = Type
step2-document = Document or decision
step2-reference = Reference
step2-date = Date
step2-ambitions = Ambitions

## step3
step3-guidelines = Guidelines
step3-goals = Goals
step3-basis = Based on
step3-ambition = Ambition
step3-indicators = Indicators
step3-needs = Competence needs
step3-measures = Measures

## step4
step4-definition = Definition
step4-source = Source
step4-components = Competence consists of
step4-areas = Competence areas
step4-area = Area
step4-category = Category
step4-qualification = Qualification

## step5
step5-workforce = Staffing figures
step5-workforce_intro = The figures apply as at the date given.
step5-position_size = Average position size
step5-unwanted_part_time = Unwanted part-time
step5-vacancies = Vacant FTE
step5-source = Source
step5-total = Total
step5-incomplete = excluding withheld groups
step5-key_figures = Key figures for the whole plan
step5-key_figure = Key figure
step5-value = Value
step5-key_figures_note = Each person counts once: for each unit the figures of its latest date apply, and a row for the whole unit replaces the rows of the occupational groups and sub-units it covers. The percentages are averages weighted by the employees of the rows that give them.
step5-role = Occupational group
step5-as_of = As at
step5-employees = Employees
step5-fte = FTE
step5-formal_competence = Formal competence
step5-part_time = Part-time
step5-turnover = Turnover
step5-sick_leave = Sickness absence
step5-age = Age profile
step5-age_band = Age group
step5-persons = People
step5-departures = Expected departures
step5-all_roles = All
step5-needs = Competence needs
step5-need = Need
step5-area = Area
step5-target_group = Target group
step5-current = Current
step5-required = Required
step5-gap = Gap
step5-closed = Covered by measures
step5-replacement = Expected departures through { $by }
step5-recruitment = Recruitment need (gap + departures)
step5-by = By
step5-priority = Priority
step5-strategy = Strategy
step5-goals = Goals
step5-gap_chart_intro = The gap is the difference between what is required and what is in place today.
step5-part_staffing = Part 1: Staffing
step5-part_staffing_intro = How many staff of each occupational group do we have, how many do we need, and how many do we expect to lose in the plan period? The recruitment need is the gap plus those who leave.
step5-part_competence = Part 2: Competence
step5-staffing_needs = Staffing needs and recruitment
step5-staffing_needs_intro = The gross recruitment need is the gap (required minus current) plus the expected departures from the first year of the plan period through the year the need is to be met (“By”). The shortfall is the recruitment need minus what measures and own apprentices cover.
step5-staffing_needs_note = “Not shown”: the figure would give away figures of groups withheld for privacy. “–”: the plan gives no figure (the measures do not say how much they cover, or the staffing figures give no expected departures).
step5-departures_through_by = Expected departures
step5-recruitment_short = Recruitment need
step5-own_apprentices = Own apprentices
step5-shortfall = Shortfall
step5-closed_with_apprentices = Covered by measures and own apprentices
step5-replacement_withheld = not shown (privacy)
step5-apprentices = Own apprentices
step5-apprentices_intro = KS recommends own apprentices as the route to skilled-worker positions. Apprenticeship places are apprentices in training in the year. Apprentices expected to complete their trade certificate count toward the recruitment need of the same occupational group.
step5-apprentice_places = Apprenticeship places per year
step5-apprentice_completing = Apprentices expected to complete
step5-trade = Trade
step5-per_thousand = Per 1,000 inhabitants
step5-recommended = Places KS recommends ({ $n } per 1,000 inhabitants)
step5-population_note = Population: { $population }. KS's national assembly recommended in 2016 at least { $n } apprentices per 1,000 inhabitants, rounded up to whole places; ⚠ means below the recommendation. The recommendation is for the whole municipality; the table shows the apprentices of this plan.
step5-counts_toward = Counts toward need
step5-partial_note = * Only the rows that give the figure.
step5-covered_parts = measures { $closed } + own apprentices { $apprentices }
step5-completing_note = “–” under “Counts toward need”: no need of the same occupational group (in the unit) replaces departures, so the apprentices count toward no recruitment need.

## step6
step6-strategies = Strategies
step6-no_strategy_text = The plan does not describe this strategy.
step6-no_measures = No measures under this strategy.
step6-measures = Measures
step6-measure = Measure
step6-responsible = Responsible
step6-period = Period
step6-status = Status
step6-participants = Participants
step6-cost = Cost
step6-arena = Learning arena
step6-target_group = Target group
step6-unit = Unit
step6-needs = Needs covered
step6-closes = covers { $n }
step6-indicators = Indicators
step6-costs = Costs
step6-funding = Funding
step6-budget = Budget
step6-budget_intro = Costs per year by funding source.
step6-source = Source
step6-total = Total
step6-by_strategy = Cost by strategy
step6-by_status = Cost by budget status
step6-administrator = Administered by
step6-funding_reference = Reference
step6-timeline = Timeline
step6-form = Form
step6-budget_rejected = Rejected applications ({ $amount }) are shown with their measures but not counted in the budget.
step6-grant_calendar = Grant calendar
step6-grant_calendar_intro = Application and reporting deadlines of the funding sources in the plan period, in date order.
step6-deadline = Deadline
step6-date = Date
step6-application_deadline = Application deadline
step6-report_deadline = Report deadline
step6-education_rules = Rules for education support
step6-education_rules_intro = The terms of the measures in which the municipality supports education.
step6-study_leave = Study leave
step6-covered_costs = Costs covered
step6-binding_time = Binding time
step6-binding_months = { $n } months
step6-no_binding = None
step6-selection = Selection
step6-conditions = Conditions
step6-match_percent = own contribution { $n } % of the grant
step6-scheme_from = available from { $from }
step6-scheme_until = available through { $until }
step6-scheme_years = available { $from }–{ $until }
step6-collective_only = collective, workplace-based development only

## step7
step7-responsible = Responsible for follow-up
step7-reporting = Reporting
step7-schedule = Evaluation schedule
step7-date = Date
step7-scope = Scope
step7-what = What
step7-records = Evaluations carried out
step7-decision = Decision
step7-revision = Rolling revision
# `$n`: years; 1 to 10 spelled out, a larger number as digits ("every 12 years").
step7-plan_interval = The whole plan is revised { $n ->
        [1] every year
        [2] every second year
        [3] every third year
        [4] every fourth year
        [5] every fifth year
        [6] every sixth year
        [7] every seventh year
        [8] every eighth year
        [9] every ninth year
        [10] every tenth year
       *[other] every { $n } years
    }.
step7-action_interval = The action part is rolled forward { $n ->
        [1] every year
        [2] every second year
        [3] every third year
        [4] every fourth year
        [5] every fifth year
        [6] every sixth year
        [7] every seventh year
        [8] every eighth year
        [9] every ninth year
        [10] every tenth year
       *[other] every { $n } years
    }.
step7-next_review = Next review
step7-indicators = Indicators
step7-indicator = Indicator
step7-baseline = Baseline
step7-latest = Latest measurement
step7-target = Target
step7-direction = Desired direction
step7-on_track = On track
step7-not_on_track = Not on track
step7-unknown = Not yet measured

## appendix_a
appendix_a-intro = The table shows how each goal is followed up by competence needs and measures. What is missing is marked with ⚠.
appendix_a-goal = Goal
appendix_a-need = Need
appendix_a-measures = Measures
appendix_a-no_need = No needs
appendix_a-no_measure = No measures

## charts
charts-age_title = Age profile – { $unit }
charts-departures_title = Expected departures per year – { $unit }
charts-gaps_title = Competence gap – { $unit }
charts-gaps_axis = Gap in { $unit }
charts-gaps_current = Current
charts-gaps_required = Required
charts-budget_title = Costs per year by funding source
charts-timeline_title = Measures over the plan period
charts-timeline_description = Each measure is shown as a bar from start to end.

charts-gap_unit =
    .persons = people
    .fte = FTE
    .percent = percentage points

enum-plan_status =
    .draft = Draft
    .consultation = Out for consultation
    .adopted = Adopted
    .retired = No longer in force

enum-group_kind =
    .steering = Steering group
    .project = Project group
    .working = Working group
    .reference = Reference group

enum-represents =
    .management = Management
    .employee-representative = Employee representative
    .safety-representative = Safety representative
    .hr = HR
    .employee = Employee
    .politician = Elected representative
    .other = Other

enum-anchoring_kind =
    .municipal-plan = Municipal master plan
    .sector-plan = Sector plan
    .employer-strategy = Employer strategy
    .economy-plan = Financial plan
    .budget = Budget
    .political-decision = Political decision
    .management = Management
    .employee-organisations = Employee organisations
    .other = Other

enum-guideline_level =
    .national = National guidelines
    .regional = Regional guidelines
    .local = Local guidelines

enum-guideline_kind =
    .law = Act
    .regulation = Regulation
    .white-paper = White paper
    .national-strategy = National strategy
    .norm = Norm
    .agreement = Agreement
    .demography = Demography
    .plan = Plan
    .other = Other

enum-component =
    .knowledge = knowledge
    .skills = skills
    .abilities = abilities
    .attitudes = attitudes

enum-area_kind =
    .formal = Formal competence
    .non-formal = Non-formal competence

enum-area_category =
    .professional = Professional
    .digital = Digital
    .leadership = Leadership
    .collaboration = Collaboration
    .change = Change and restructuring
    .language = Language
    .other = Other

enum-strategy =
    .acquire = Acquire
    .develop = Develop
    .mobilise = Mobilise
    .phase-out = Phase out

enum-strategy_intro =
    .acquire = Recruit or cooperate to gain competence the organisation does not have.
    .develop = Develop the competence of those who already work here.
    .mobilise = Make better use of the competence that is already here.
    .phase-out = Phase out competence the organisation no longer needs.

enum-need_quantity =
    .persons = people
    .fte = FTE
    .percent = per cent

enum-priority =
    .high = High
    .medium = Medium
    .low = Low

enum-funding_kind =
    .own-budget = Own budget
    .state-grant = State grant
    .fund = Fund
    .partner = Partner
    .other = Other

enum-arena =
    .workplace = At the workplace
    .course = Course
    .e-learning = E-learning
    .further-education = Further education
    .network = Network
    .other = Other

enum-measure_status =
    .planned = Planned
    .ongoing = In progress
    .completed = Completed
    .postponed = Postponed
    .cancelled = Cancelled

enum-cost_status =
    .budgeted = Budgeted
    .to-apply = To apply for
    .applied = Applied for
    .granted = Granted
    .rejected = Rejected

enum-measure_form =
    .individual = Individual
    .collective = Collective

enum-study_leave =
    .paid = Paid leave
    .unpaid = Unpaid leave
    .partly-paid = Partly paid leave
    .none = No leave

enum-direction =
    .increase = Increase
    .decrease = Decrease

enum-reporting =
    .annual-report = In the annual report
    .separate-report = In a separate report
    .both = In the annual report and in a separate report

enum-evaluation_scope =
    .plan = Whole plan
    .actions = Action part

enum-decision =
    .continue = Continue
    .adjust = Adjust
    .stop = Discontinue

## sections
sections-organisation = Organisation
sections-units = Units
sections-roles = Occupational groups
sections-anchoring = Anchoring
sections-ambitions = Ambitions
sections-guidelines = Guidelines
sections-goals = Goals
sections-competence = Definition of competence
sections-competence_areas = Competence areas
sections-workforce = Staffing
sections-needs = Competence needs
sections-apprentices = Own apprentices
sections-strategies = Strategies
sections-funding = Funding
sections-measures = Measures
sections-indicators = Indicators
sections-evaluation = Evaluation

## diff
diff-intro = This appendix shows what has changed in the plan since { $old }, and what the changes mean for the budget and for how the goals are covered.
diff-title = Changes from { $old } to { $new }
diff-summary = { $added } added, { $removed } removed, { $renamed } with a new id, { $changed } changed
diff-no_changes = No changes.
diff-manifest = Plan details
diff-added = Added
diff-removed = Removed
diff-renamed = New id
diff-changed = Changed
diff-field = Field
diff-before = Before
diff-after = After
diff-difference = Change
diff-consequences = Consequences
diff-total_cost = Total cost
diff-cost_by_year = Cost per year
diff-cost_by_source = Cost per funding source
diff-coverage = Coverage
diff-coverage_goals = Goals with needs and measures
diff-coverage_needs = Needs with measures
diff-goals_lost = Goals that no longer have measures
diff-needs_lost = Needs that no longer have measures
diff-moved = Measures whose period changed
diff-year = Year
diff-source = Source
diff-this_version = this version
diff-working_tree = the working tree

## wording
step7-source = Source
## layout
# The footer of every printed page (the browser's print of plan.html).
doc-page_number = page { $page } of { $pages }
# The columns of the table that gives the timeline in plan.md.
step6-start = Start
step6-end = End
## findings
steps-appendix_remarks = Appendix { $letter }: Remarks
doc-colophon = Produced on { $date } with kplan { $version }.
remarks-intro = The plan has been checked for consistency and completeness: that the goals have needs and measures, that figures and dates agree, and that the details a decision rests on are present. The remarks below concern this version of the plan.
remarks-warnings = To be followed up
remarks-warnings_intro = Matters that should be corrected or explained:
remarks-notes = For information
remarks-notes_intro = Advice that calls for no change to the plan:
remarks-concerns = Applies to { $list }.
remarks-summary_one = The check of the plan made one remark, see { $appendix }.
remarks-summary_other = The check of the plan made { $n } remarks, see { $appendix }.
remarks-appendix = appendix { $letter }
remarks-none = The check of the plan made no remarks.
# The sentence of a rule when the finding's own words name fields, files or the tool; a list of
# the entities it concerns follows ("Applies to measure T1, measure T3.").
remarks-rules =
    .parse = A plan file could not be read.
    .schema = A detail in the plan has the wrong form or an unknown field.
    .manifest = The plan's basic details are incomplete.
    .invalid-id = An id in the plan does not follow the rules for ids.
    .duplicate-id = The same id is used for more than one item in the plan.
    .copied-file = A plan file is a copy of another, so its content appears twice.
    .unknown-reference = The plan refers to something that is not in the plan.
    .wrong-reference-kind = The plan refers to an item of the wrong kind (a measure where a goal belongs, for example).
    .goal-without-need = Goals without competence needs: no need is linked to the goal.
    .workspace = The list of plans in the planverk, a plan's id or the plan it details does not add up.
    .contributes-to-non-ancestor = A reference to another plan names a plan that is not above this one.
    .parent-goal-not-served = Goals that no sector plan contributes to and that have no need of their own.
    .period-outside-parent = The plan's period is not within the period of the plan it details.
    .cross-plan-reference = References to other plans, checked only when the whole planverk is checked.
    .goal-without-measure = Goals without measures: no measure works on the goal's needs.
    .measure-without-need = Measures that refer to no competence need.
    .invalid-period = A period starts after it ends.
    .adoption-missing = The plan is marked as adopted, but the details of the decision (body, date or case number) are missing.
    .value-out-of-range = A figure in the plan is outside what is possible or reasonable.
    .personal-data = A text in the plan appears to contain a national identity number or D number.
    .responsible-missing = No one is named as responsible.
    .indicator-direction = The target of an indicator goes against the desired direction.
    .comment-in-text = A text in the plan may have been cut off at a # sign.
    .need-without-measure = Competence needs without measures: the gap is not covered.
    .gap-not-closed = The measures for a competence need do not close the whole gap.
    .replacement-not-covered = The measures do not cover the gap plus the expected departures for a need.
    .negative-gap = A need requires less than there is today, while its strategy is to acquire or develop competence.
    .strategy-mismatch = A measure's strategy differs from that of the need it is to meet.
    .outside-period = A date or year lies outside the plan period.
    .goal-without-indicator = Goals without an indicator: the plan does not say how the goal is to be measured.
    .goal-without-basis = Goals that rest on no guideline or anchoring.
    .indicator-incomplete = Indicators without a baseline or a target.
    .measure-without-cost = Measures without costs, which are therefore not in the budget.
    .no-employee-representative = No one in the groups represents the employees (union representative).
    .no-budget-anchoring = The plan is not anchored in the economic plan or a budget.
    .adoption-before-consultation = The plan was adopted before it was discussed with the employee organisations.
    .missing-step = One of the plan's seven steps has no content.
    .unused = An item is listed in the plan, but nothing refers to it.
    .workforce-mismatch = The age profile or the expected departures do not match the number of employees.
    .part-time-inconsistent = The share of part-time work does not match the FTEs and the number of employees.
    .departures-exceed-staff = The expected departures exceed the number of employees.
    .apprentices-below-recommendation = The plan has fewer apprenticeships than KS recommends (2 per 1,000 inhabitants).
    .small-group = The figures for a group with few employees are not shown, to protect privacy.
    .measure-overdue = Measures that should have ended are still marked as planned or ongoing.
    .evaluation-schedule-mismatch = The evaluation schedule does not follow the plan's rolling revision.
    .review-overdue = The date for the next review of the plan has passed.
    .responsible-is-person = A person is named as responsible; the plan should name a role.
    .participants-exceed-group = A measure has more participants than there are employees in its target group.
    .indicator-not-measured = An indicator has no measurement for a year that has passed.
    .future-fact = Something is recorded as measured, completed or evaluated on a date that has not yet come.
    .not-adopted = The plan period has begun, but the plan has not been adopted.
    .plan-expired = The plan period is over, but the plan is still marked as in force.
    .co-funding-missing = A measure lacks the own-budget contribution that its grant requires.
    .grant-outside-scheme = A cost is charged to a grant scheme for a year the scheme does not cover.
    .grant-status-implausible = The status of a grant application does not fit the year it is for.
    .grant-not-eligible = A grant scheme is listed for a measure it does not cover.
    .strategy-balance = No need or measure mobilises the competence the employees already have.
    .example-text = The plan still contains example text from the template.
    .ignored-file = A file in the plan folder was not read, because its name is not that of a plan file.
    .attachment = The coat of arms or one of the plan's appendices could not be read.

# Appendix B and kplan diff: the fields of a plan as a reader knows them. A compound name
# (`adoption-date`) is a field inside another and goes before the field's own.
diff-fields =
    .administrator = Administered by
    .age = Age profile
    .ambition = Ambition
    .amount = Amount
    .application_deadline = Application deadline
    .area = Competence area
    .arena = Learning arena
    .as_of = As of
    .based_on = Based on
    .contributes_to = Contributes to
    .exclude = Not members
    .body = Body
    .case = Case number
    .baseline = Baseline
    .binding_months = Binding period (months)
    .by = By
    .category = Category
    .closes = Closes
    .collective_only = Collective development only
    .completing = Apprentices completing
    .components = Components
    .costs = Costs
    .covered_costs = Costs covered
    .current = Current
    .date = Date
    .decision = Decision
    .definition = Definition
    .departures = Expected departures
    .description = Description
    .direction = Desired direction
    .done = Done
    .education = Education required
    .employees = Employees
    .end = End
    .figures = Figures
    .findings = Findings
    .form = Form
    .formal_competence = Formal competence
    .from_year = From year
    .fte = FTEs
    .funding = Funding
    .goals = Goals
    .groups = Groups
    .indicators = Indicators
    .kind = Kind
    .language = Language
    .level = Level
    .mandate = Mandate
    .match_percent = Own contribution
    .measurements = Measurements
    .members = Members
    .milestones = Milestones
    .municipality = Municipality
    .municipality_number = Municipality number
    .name = Name
    .need = Need
    .needs = Needs met
    .next_review = Next review
    .owner = Plan owner
    .parent = Part of
    .part_time = Part-time
    .participants = Participants
    .period = Plan period
    .places = Apprenticeships
    .population = Population
    .priority = Priority
    .qualification = Qualification
    .quantity = Measured in
    .rationale = Rationale
    .records = Evaluations held
    .reference = Reference
    .replace_departures = Replaces departures
    .report_deadline = Reporting deadline
    .reporting = Reporting
    .represents = Represents
    .required = Required
    .responsible = Responsible
    .role = Occupational group
    .schedule = Evaluation schedule
    .scope = Scope
    .selection = Selection
    .sick_leave = Sick leave
    .source = Source
    .start = Start
    .status = Status
    .strategy = Strategy
    .study_leave = Study leave
    .summary = Summary
    .target = Target
    .target_group = Target group
    .title = Title
    .trade = Trade
    .turnover = Turnover
    .unit = Unit
    .until_year = Until year
    .unwanted_part_time = Involuntary part-time
    .vacancies = Vacant FTEs
    .value = Value
    .version = Version
    .year = Year
    .adoption = Adoption
    .revision = Rolling revision
    .plan_interval_years = Whole plan revised every (years)
    .action_interval_years = Measures revised every (years)
    .period-start = First year of the plan period
    .period-end = Last year of the plan period
    .adoption-body = Adopted by
    .adoption-date = Date of adoption
    .adoption-case = Case number
    .baseline-value = Baseline
    .baseline-year = Baseline year
    .target-value = Target value
    .target-year = Target year
    .members-role = Role
    .members-name = Name
    .groups-name = Name
    .consultation = Consultation
    .consulted = Consulted
    .deadline = Deadline
    .file = File
    .foreword = Foreword
    .signed_by = Signed by
    .text = Text
    .consultation-deadline = Consultation deadline
    .consultation-summary = Input from the consultation
    .foreword-date = Date of the foreword
    .adoption-decision = Decision text
    .signed_by-role = Role
    .signed_by-name = Name
# One entry of a list ("cost 2025, Own budget").
diff-entries =
    .costs = Cost
    .needs = Need
    .measurements = Measurement
    .members = Member
    .groups = Group
    .milestones = Milestone
    .schedule = Scheduled evaluation
    .records = Evaluation
    .age = Age band
    .departures = Expected departures
    .places = Apprenticeships
    .completing = Completing
diff-yes = Yes
diff-no = No
diff-withheld = not shown (privacy)
diff-all_rows = { $unit }, whole unit
diff-version = version { $version }
diff-adopted = adopted { $date }
diff-git = git { $rev }
diff-yearly = { $date } every year
diff-entry_present = listed
enum-indicator_quantity =
    .percent = percent
    .persons = persons
    .fte = FTEs
    .amount = kroner
    .score = score
    .count = count
enum-language =
    .nb = Norwegian Bokmål
    .nn = Norwegian Nynorsk
    .en = English
diff-adopted_version = the version adopted { $date }
## council
council-foreword = Foreword
council-decision = Decision
council-proposed_decision = Proposed decision
council-decision_by = { $body } made the following decision on { $date }
council-decision_case = in case { $case }
council-consultation = Consultation
council-consultation_deadline = Deadline for comments
council-consulted = Consulted
council-consultation_input = Input received
council-logo_alt = Coat of arms of { $municipality }
council-appendix = Appendix { $letter }: { $title }
