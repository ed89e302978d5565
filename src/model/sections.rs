//! The plan sections of the seven KS steps, as written in plan files.

use serde::Deserialize;

use super::{Date, Deadline, Entries, NeedRef, NonEmpty, Spanned, YearKey};

/// Text with its span.
pub type Text = Spanned<String>;
/// A reference to an entity by id.
pub type Ref = Spanned<String>;

// ---------------------------------------------------------------- step 1

/// `organisation`: who owns and does the work (singleton).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The role that owns the plan.
    pub owner: Text,
    /// Markdown: the mandate of the work.
    pub mandate: Text,
    /// Steering, project, working and reference groups.
    #[serde(default)]
    pub groups: Vec<Spanned<Group>>,
    /// Milestones of the planning work.
    #[serde(default)]
    pub milestones: Vec<Spanned<Milestone>>,
}

/// A group taking part in the work.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Name of the group.
    pub name: Text,
    /// What the group does.
    pub kind: Spanned<GroupKind>,
    /// Members.
    #[serde(default)]
    pub members: Vec<Spanned<Member>>,
}

/// Kinds of group.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    /// Styringsgruppe.
    Steering,
    /// Prosjektgruppe.
    Project,
    /// Arbeidsgruppe.
    Working,
    /// Referansegruppe.
    Reference,
}

/// A group member.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's role.
    pub role: Text,
    /// Name: with the foreword's signature, the only place a person's name may appear.
    pub name: Option<Text>,
    /// Whom the member represents.
    pub represents: Spanned<Represents>,
}

/// Whom a group member represents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Represents {
    /// Line management.
    Management,
    /// Tillitsvalgt.
    EmployeeRepresentative,
    /// Verneombud.
    SafetyRepresentative,
    /// HR.
    Hr,
    /// Employees.
    Employee,
    /// Elected politicians.
    Politician,
    /// Anyone else.
    Other,
}

/// A milestone of the planning work.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// When.
    pub date: Spanned<Date>,
    /// What.
    pub title: Text,
    /// Whether it is reached.
    #[serde(default)]
    pub done: Option<Spanned<bool>>,
}

/// An organisational unit (tjenesteområde, enhet).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// The unit it belongs to.
    pub parent: Option<Ref>,
}

/// A position group or target group (stillingsgruppe).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// The formal requirement.
    pub education: Option<Text>,
}

// ---------------------------------------------------------------- step 2

/// A document or decision the plan rests on (forankring).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anchoring {
    /// Id.
    pub id: Text,
    /// What kind of document or decision.
    pub kind: Spanned<AnchoringKind>,
    /// Title.
    pub title: Text,
    /// Case number or URL.
    pub reference: Option<Text>,
    /// Date of the decision.
    pub date: Option<Spanned<Date>>,
    /// Markdown.
    pub description: Option<Text>,
}

/// Kinds of anchoring.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum AnchoringKind {
    /// Kommuneplan.
    MunicipalPlan,
    /// Sektorplan.
    SectorPlan,
    /// Arbeidsgiverstrategi.
    EmployerStrategy,
    /// Økonomiplan.
    EconomyPlan,
    /// Budsjett.
    Budget,
    /// Politisk vedtak.
    PoliticalDecision,
    /// Ledelsen.
    Management,
    /// Arbeidstakerorganisasjonene.
    EmployeeOrganisations,
    /// Anything else.
    Other,
}

/// An ambition (ambisjon).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ambition {
    /// Id.
    pub id: Text,
    /// Title.
    pub title: Text,
    /// Markdown.
    pub description: Option<Text>,
}

// ---------------------------------------------------------------- step 3

/// A guideline (føring): law, national strategy, norm, local plan.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    /// Id.
    pub id: Text,
    /// Title.
    pub title: Text,
    /// National, regional or local.
    pub level: Spanned<GuidelineLevel>,
    /// What kind of guideline.
    pub kind: Spanned<GuidelineKind>,
    /// URL or reference.
    pub reference: Option<Text>,
    /// Markdown.
    pub description: Option<Text>,
}

/// Level of a guideline.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    schemars::JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum GuidelineLevel {
    /// Nasjonal.
    National,
    /// Regional.
    Regional,
    /// Lokal.
    Local,
}

/// Kinds of guideline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum GuidelineKind {
    /// Lov.
    Law,
    /// Forskrift.
    Regulation,
    /// Stortingsmelding.
    WhitePaper,
    /// Nasjonal strategi.
    NationalStrategy,
    /// Norm.
    Norm,
    /// Avtale.
    Agreement,
    /// Demografi.
    Demography,
    /// Plan.
    Plan,
    /// Annet.
    Other,
}

/// A goal (mål).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Id.
    pub id: Text,
    /// Title.
    pub title: Text,
    /// Markdown.
    pub description: Option<Text>,
    /// Reference: ambition.
    pub ambition: Option<Ref>,
    /// References: guideline or anchoring; or, as `PLANID:ID`, an ancestor plan's ambition,
    /// guideline or anchoring.
    #[serde(default)]
    pub based_on: Option<Spanned<Vec<Ref>>>,
    /// References: indicator.
    #[serde(default)]
    pub indicators: Option<Spanned<Vec<Ref>>>,
    /// References `PLANID:ID`: goals of an ancestor plan that this goal helps reach.
    #[serde(default)]
    pub contributes_to: Option<Spanned<Vec<Ref>>>,
}

// ---------------------------------------------------------------- step 4

/// `competence`: what the plan means by competence (singleton).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// Markdown definition.
    pub definition: Text,
    /// Source of the definition.
    pub source: Option<Text>,
    /// Building blocks (Lai 2013).
    #[serde(default)]
    pub components: Vec<Spanned<Component>>,
}

/// Lai's building blocks of competence.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Component {
    /// Kunnskaper.
    Knowledge,
    /// Ferdigheter.
    Skills,
    /// Evner.
    Abilities,
    /// Holdninger.
    Attitudes,
}

/// A competence area.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetenceArea {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// Formal or non-formal.
    pub kind: Spanned<AreaKind>,
    /// Category.
    pub category: Option<Spanned<AreaCategory>>,
    /// Qualification.
    pub qualification: Option<Text>,
    /// Markdown.
    pub description: Option<Text>,
}

/// Formal (education) or non-formal (experience, courses) competence.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum AreaKind {
    /// Formell.
    Formal,
    /// Uformell.
    NonFormal,
}

/// Category of a competence area.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum AreaCategory {
    /// Fag.
    Professional,
    /// Digital.
    Digital,
    /// Ledelse.
    Leadership,
    /// Samarbeid.
    Collaboration,
    /// Omstilling.
    Change,
    /// Språk.
    Language,
    /// Annet.
    Other,
}

// ---------------------------------------------------------------- step 5

/// A staffing snapshot of one unit (and role): aggregated figures, never persons.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workforce {
    /// Reference: unit.
    pub unit: Ref,
    /// Reference: role.
    pub role: Option<Ref>,
    /// Date of the figures.
    pub as_of: Spanned<Date>,
    /// Source of the figures.
    pub source: Option<Text>,
    /// Persons.
    pub employees: Spanned<i64>,
    /// Årsverk.
    pub fte: Spanned<f64>,
    /// Percent with the required formal competence.
    pub formal_competence: Option<Spanned<f64>>,
    /// Percent working part time.
    pub part_time: Option<Spanned<f64>>,
    /// Percent per year.
    pub turnover: Option<Spanned<f64>>,
    /// Percent.
    pub sick_leave: Option<Spanned<f64>>,
    /// Percent of the employees who want a larger position (ufrivillig deltid).
    pub unwanted_part_time: Option<Spanned<f64>>,
    /// Unfilled positions, in årsverk.
    pub vacancies: Option<Spanned<f64>>,
    /// Age band → persons.
    pub age: Option<Spanned<Entries<String, i64>>>,
    /// Year → expected departures.
    pub departures: Option<Spanned<Entries<YearKey, i64>>>,
}

/// A competence need (kompetansebehov): a gap between required and current.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// Id.
    pub id: Text,
    /// Title.
    pub title: Text,
    /// References: goal, at least one.
    pub goals: Spanned<NonEmpty<Ref>>,
    /// Reference: competence area.
    pub area: Ref,
    /// Reference: unit.
    pub unit: Option<Ref>,
    /// Reference: role.
    pub role: Option<Ref>,
    /// How the gap is to be closed.
    pub strategy: Spanned<Strategy>,
    /// Unit of `current` and `required`.
    pub quantity: Spanned<NeedQuantity>,
    /// What there is now.
    pub current: Spanned<f64>,
    /// What is required.
    pub required: Spanned<f64>,
    /// Year by which it is required.
    pub by: Spanned<i64>,
    /// Priority.
    pub priority: Spanned<Priority>,
    /// Markdown.
    pub rationale: Option<Text>,
    /// Whether the expected departures of the need's population through `by` are to be
    /// recruited too (replacement). Default: true for an acquire need that names a `role` and
    /// counts persons or årsverk, else false.
    pub replace_departures: Option<Spanned<bool>>,
}

impl Need {
    /// Whether the replacement of departures is in force: `replace_departures` as written, else
    /// its default (acquire, a `role`, quantity persons or fte).
    pub fn replaces_departures(&self) -> bool {
        match &self.replace_departures {
            Some(v) => v.value,
            None => {
                self.strategy.value == Strategy::Acquire
                    && self.role.is_some()
                    && matches!(
                        self.quantity.value,
                        NeedQuantity::Persons | NeedQuantity::Fte
                    )
            }
        }
    }
}

/// Own apprentices (lærlinger) in one trade: KS's recommended recruitment route. Their
/// completing apprentices count toward the recruitment need of a need of the same `role`.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Apprentice {
    /// Id.
    pub id: Text,
    /// The trade (lærefag), e.g. Helsearbeiderfaget.
    pub trade: Text,
    /// Reference: role, the position a completed apprentice fills.
    pub role: Option<Ref>,
    /// Reference: unit.
    pub unit: Option<Ref>,
    /// Year → apprenticeship places (læreplasser): apprentices in training in the kommune that
    /// year, the figure KS counts per 1 000 inhabitants.
    pub places: Spanned<Entries<YearKey, i64>>,
    /// Year → apprentices expected to complete (fagbrev) that year.
    pub completing: Option<Spanned<Entries<YearKey, i64>>>,
}

/// The four competence strategies (Lai 2013, KS step 6).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    schemars::JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// Anskaffe.
    Acquire,
    /// Utvikle.
    Develop,
    /// Mobilisere.
    Mobilise,
    /// Avvikle.
    PhaseOut,
}

impl Strategy {
    /// The value as written in plan files.
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Acquire => "acquire",
            Strategy::Develop => "develop",
            Strategy::Mobilise => "mobilise",
            Strategy::PhaseOut => "phase-out",
        }
    }
}

/// Unit of a need's figures.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum NeedQuantity {
    /// Personer.
    Persons,
    /// Årsverk.
    Fte,
    /// Prosent.
    Percent,
}

/// Priority of a need.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    schemars::JsonSchema,
    serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    /// Høy.
    High,
    /// Middels.
    Medium,
    /// Lav.
    Low,
}

// ---------------------------------------------------------------- step 6

/// How the plan uses one of the four strategies.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StrategyText {
    /// Which strategy.
    pub kind: Spanned<Strategy>,
    /// Markdown.
    pub description: Text,
}

/// A funding source.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: Spanned<FundingKind>,
    /// Who administers it.
    pub administrator: Option<Text>,
    /// Budget chapter or other reference.
    pub reference: Option<Text>,
    /// The own contribution the scheme requires, in percent of the grant (e.g. 30).
    pub match_percent: Option<Spanned<f64>>,
    /// The first year the scheme can pay for.
    pub from_year: Option<Spanned<i64>>,
    /// The last year the scheme can pay for.
    pub until_year: Option<Spanned<i64>>,
    /// The scheme funds collective, workplace-based development only, not individual further
    /// education.
    pub collective_only: Option<Spanned<bool>>,
    /// When to apply: a date, or a month-day for a yearly deadline.
    pub application_deadline: Option<Spanned<Deadline>>,
    /// When to report on the use of the money: a date, or a month-day for a yearly deadline.
    pub report_deadline: Option<Spanned<Deadline>>,
}

/// Kinds of funding source.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum FundingKind {
    /// Eget budsjett.
    OwnBudget,
    /// Statlig tilskudd.
    StateGrant,
    /// Fond.
    Fund,
    /// Samarbeidspartner.
    Partner,
    /// Annet.
    Other,
}

/// A measure (tiltak).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Id.
    pub id: Text,
    /// Title.
    pub title: Text,
    /// Strategy.
    pub strategy: Spanned<Strategy>,
    /// Needs served, at least one.
    pub needs: Spanned<Vec<Spanned<NeedRef>>>,
    /// Markdown.
    pub description: Option<Text>,
    /// Reference: role.
    pub target_group: Option<Ref>,
    /// Reference: unit.
    pub unit: Option<Ref>,
    /// Number of participants.
    pub participants: Option<Spanned<i64>>,
    /// The role responsible.
    pub responsible: Text,
    /// Learning arena.
    pub arena: Option<Spanned<Arena>>,
    /// Individual (one employee's education) or collective (a unit or group learning together).
    pub form: Option<Spanned<MeasureForm>>,
    /// Education support: whether the employee keeps pay during study leave.
    pub study_leave: Option<Spanned<StudyLeave>>,
    /// Education support, markdown: which costs the employer covers (fees, travel, books).
    pub covered_costs: Option<Text>,
    /// Education support: months the employee commits to stay after the education.
    pub binding_months: Option<Spanned<i64>>,
    /// Education support, markdown: who may take part and how they are chosen.
    pub selection: Option<Text>,
    /// First day.
    pub start: Spanned<Date>,
    /// Last day.
    pub end: Spanned<Date>,
    /// Status.
    pub status: Spanned<MeasureStatus>,
    /// Costs by year and funding source.
    #[serde(default)]
    pub costs: Option<Spanned<Vec<Spanned<Cost>>>>,
    /// References: indicator.
    #[serde(default)]
    pub indicators: Option<Spanned<Vec<Ref>>>,
}

/// Learning arena (læringsarena).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Arena {
    /// På arbeidsplassen.
    Workplace,
    /// Kurs.
    Course,
    /// E-læring.
    ELearning,
    /// Videreutdanning.
    FurtherEducation,
    /// Nettverk.
    Network,
    /// Annet.
    Other,
}

/// Form of a measure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureForm {
    /// Individuell.
    Individual,
    /// Kollektiv.
    Collective,
}

/// Pay during study leave (permisjon).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum StudyLeave {
    /// Permisjon med lønn.
    Paid,
    /// Permisjon uten lønn.
    Unpaid,
    /// Delvis lønnet permisjon.
    PartlyPaid,
    /// Ingen permisjon.
    None,
}

/// Status of a measure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureStatus {
    /// Planlagt.
    Planned,
    /// Pågår.
    Ongoing,
    /// Gjennomført.
    Completed,
    /// Utsatt.
    Postponed,
    /// Avlyst.
    Cancelled,
}

/// One year's cost of a measure from one funding source.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// Year.
    pub year: Spanned<i64>,
    /// Whole kroner.
    pub amount: Spanned<i64>,
    /// Reference: funding.
    pub funding: Ref,
    /// Budget status.
    pub status: Spanned<CostStatus>,
}

/// Budget status of a cost.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum CostStatus {
    /// Budsjettert.
    Budgeted,
    /// Skal søkes: planned money not yet applied for; counted in the totals like `applied`.
    ToApply,
    /// Søkt.
    Applied,
    /// Innvilget.
    Granted,
    /// Avslått: shown with the measure, counted in no total.
    Rejected,
}

impl CostStatus {
    /// Whether costs of this status count in the budget's totals (all but `rejected`).
    pub fn counts(self) -> bool {
        self != CostStatus::Rejected
    }
}

// ---------------------------------------------------------------- step 7

/// An indicator (indikator).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Id.
    pub id: Text,
    /// Name.
    pub name: Text,
    /// Unit of the values.
    pub quantity: Spanned<IndicatorQuantity>,
    /// Which way is better.
    pub direction: Spanned<Direction>,
    /// Source of the figures.
    pub source: Option<Text>,
    /// Starting point.
    pub baseline: Option<Spanned<YearValue>>,
    /// Target.
    pub target: Option<Spanned<YearValue>>,
    /// Measurements made.
    #[serde(default)]
    pub measurements: Vec<Spanned<YearValue>>,
}

/// Unit of an indicator.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorQuantity {
    /// Prosent.
    Percent,
    /// Personer.
    Persons,
    /// Årsverk.
    Fte,
    /// Kroner.
    Amount,
    /// Score.
    Score,
    /// Antall.
    Count,
}

/// Which way an indicator should move.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Up is better.
    Increase,
    /// Down is better.
    Decrease,
}

/// A value in a year.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearValue {
    /// Year.
    pub year: Spanned<i64>,
    /// Value.
    pub value: Spanned<f64>,
}

/// `evaluation`: how the plan is followed up (singleton).
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// The role responsible.
    pub responsible: Text,
    /// How it is reported.
    pub reporting: Spanned<Reporting>,
    /// Markdown.
    pub description: Option<Text>,
    /// Planned evaluations.
    #[serde(default)]
    pub schedule: Vec<Spanned<ScheduledEvaluation>>,
    /// Evaluations carried out.
    #[serde(default)]
    pub records: Vec<Spanned<EvaluationRecord>>,
}

/// How the plan is reported.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Reporting {
    /// Årsmelding.
    AnnualReport,
    /// Egen rapport.
    SeparateReport,
    /// Begge.
    Both,
}

/// A planned evaluation.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduledEvaluation {
    /// When.
    pub date: Spanned<Date>,
    /// The whole plan or the measures.
    pub scope: Spanned<EvaluationScope>,
    /// What.
    pub title: Text,
}

/// What an evaluation covers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationScope {
    /// The whole plan.
    Plan,
    /// The measures (tiltaksdelen).
    Actions,
}

/// An evaluation carried out.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationRecord {
    /// When.
    pub date: Spanned<Date>,
    /// What.
    pub title: Text,
    /// Markdown: what the evaluation found.
    pub findings: Text,
    /// What was decided.
    pub decision: Spanned<Decision>,
}

/// Decision of an evaluation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Videreføre.
    Continue,
    /// Justere.
    Adjust,
    /// Avslutte.
    Stop,
}
