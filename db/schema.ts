import { sql } from "drizzle-orm";
import { blob as blobColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const ROLES = ["redactie", "werkgroep", "gemeente", "raad", "huurders", "corporatie", "provincie"] as const;
export type Role = (typeof ROLES)[number];

const now = () => sql`(unixepoch('subsec') * 1000)`;
const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(now());
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now());

export const regions = sqliteTable("regions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  province: text("province").notNull(),
});

export const municipalities = sqliteTable(
  "municipalities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** The CBS municipality code, "GM0141" (issue 16). */
    cbsCode: text("cbs_code"),
    /** What is particular about the municipality in the region, e.g. belonging to another care region (issue 16). */
    note: text("note").notNull().default(""),
  },
  (t) => [uniqueIndex("municipalities_region_slug").on(t.regionId, t.slug)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    organisation: text("organisation").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    municipalityId: integer("municipality_id").references(() => municipalities.id),
    passwordHash: text("password_hash"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("users_region").on(t.regionId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const ACCOUNT_TOKEN_PURPOSES = ["invite", "reset"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** Single-use links to set a password; only a hash of the token is stored. */
export const accountTokens = sqliteTable("account_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  purpose: text("purpose", { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  usedAt: integer("used_at", { mode: "timestamp_ms" }),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
});

/** Failed-login counters, keyed by "account:<email>" or "ip:<address>". */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
});

/** Instance-wide settings that must survive restarts, such as the generated cookie secret. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** A model ordinance of a region: one ProseMirror document (docs/ordinance-document.md) as JSON. */
export const models = sqliteTable("models", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  regionId: integer("region_id")
    .notNull()
    .references(() => regions.id),
  title: text("title").notNull(),
  document: text("document", { mode: "json" }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

const modelRef = () =>
  integer("model_id")
    .notNull()
    .references(() => models.id, { onDelete: "cascade" });
const municipalityRef = () =>
  integer("municipality_id")
    .notNull()
    .references(() => municipalities.id);

/** A municipality's local choice for one slot; the value is typed per slot kind (docs/ordinance-document.md). */
export const choices = sqliteTable(
  "choices",
  {
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    slotKey: text("slot_key").notNull(),
    value: text("value", { mode: "json" }).notNull(),
    /** The slot definition as it was when the choice was made, to show what changed in the model since. */
    slotDefinition: text("slot_definition", { mode: "json" }),
    /** Bumped on every save; a save names the version it saw, so a concurrent change is never overwritten unseen. */
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId, t.slotKey] })],
);

const blob = (name: string) => blobColumn(name, { mode: "buffer" });

/**
 * The co-edited model as Yjs updates. Every update the sync server accepts is appended here before it is broadcast;
 * a snapshot folds the log up to `upToUpdateId` so that loading reads one snapshot plus the tail of the log.
 */
export const modelUpdates = sqliteTable(
  "model_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    update: blob("update").notNull(),
    userId: integer("user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("model_updates_model").on(t.modelId, t.id)],
);

export const modelSnapshots = sqliteTable("model_snapshots", {
  modelId: integer("model_id")
    .primaryKey()
    .references(() => models.id, { onDelete: "cascade" }),
  state: blob("state").notNull(),
  upToUpdateId: integer("up_to_update_id").notNull(),
  createdAt: createdAt(),
});

/** Who changed which article, coarsely: one row per model, article, user and minute. */
export const articleEdits = sqliteTable(
  "article_edits",
  {
    modelId: modelRef(),
    articleId: text("article_id").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    minute: integer("minute", { mode: "timestamp_ms" }).notNull(),
    edits: integer("edits").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.articleId, t.userId, t.minute] }), index("article_edits_model_minute").on(t.modelId, t.minute)],
);

export const MUNICIPALITY_STATUSES = ["concept", "gereed"] as const;
export type MunicipalityStatus = (typeof MUNICIPALITY_STATUSES)[number];

/** Where a municipality stands with its own ordinance: concept, or ready for decision (locked until reopened). */
export const municipalityStatuses = sqliteTable(
  "municipality_statuses",
  {
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    status: text("status", { enum: MUNICIPALITY_STATUSES }).notNull().default("concept"),
    /** Why staff reopened a municipality that was ready. */
    reason: text("reason"),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId] })],
);

/** Every change of a local choice: who, when, old value → new value. */
export const choiceChanges = sqliteTable(
  "choice_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    slotKey: text("slot_key").notNull(),
    oldValue: text("old_value", { mode: "json" }),
    newValue: text("new_value", { mode: "json" }),
    userId: integer("user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("choice_changes_slot").on(t.modelId, t.municipalityId, t.slotKey)],
);

/** A frozen, immutable version of the model text, e.g. "Consultatieversie september 2025". */
export const versions = sqliteTable(
  "versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    name: text("name").notNull(),
    /** The ProseMirror JSON of the text as it was frozen. */
    document: text("document", { mode: "json" }).notNull(),
    frozenBy: integer("frozen_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("versions_model").on(t.modelId)],
);

export const PHASE_STATUSES = ["gepland", "open", "gesloten"] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** One phase of the process of a model (seed 000), possibly a consultation round open to some roles. */
export const phases = sqliteTable(
  "phases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    status: text("status", { enum: PHASE_STATUSES }).notNull().default("gepland"),
    /** The roles that may comment while the phase is open (JSON array of roles). */
    commentingRoles: text("commenting_roles", { mode: "json" }).$type<Role[]>().notNull().default(sql`'[]'`),
    /** Whether commenters see each other's comments, or only their own. */
    commentsVisibleToAll: integer("comments_visible_to_all", { mode: "boolean" }).notNull().default(true),
    versionId: integer("version_id").references(() => versions.id),
    updatedAt: updatedAt(),
  },
  (t) => [index("phases_model").on(t.modelId, t.position)],
);

export const COMMENT_TYPES = ["wens", "bedenking", "vraag", "tekstvoorstel"] as const;
export type CommentType = (typeof COMMENT_TYPES)[number];
export const DISPOSITIONS = ["open", "overgenomen", "deels overgenomen", "niet overgenomen", "beantwoord"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** A comment in a phase, anchored to a node id of the phase's version (and optionally a quoted passage), or a reply. */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    phaseId: integer("phase_id")
      .notNull()
      .references(() => phases.id, { onDelete: "cascade" }),
    versionId: integer("version_id").references(() => versions.id),
    parentId: integer("parent_id"),
    anchorNodeId: text("anchor_node_id"),
    quote: text("quote"),
    type: text("type", { enum: COMMENT_TYPES }),
    body: text("body").notNull(),
    /** For a tekstvoorstel: the proposed wording. */
    proposal: text("proposal"),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** Who the author spoke for, as it was when they wrote (a council speaks for its municipality). */
    onBehalfOf: text("on_behalf_of").notNull(),
    municipalityId: integer("municipality_id").references(() => municipalities.id),
    createdAt: createdAt(),
  },
  (t) => [index("comments_phase").on(t.phaseId), index("comments_parent").on(t.parentId)],
);

/** What was done with a comment: kept as a draft until the answers of a phase are published together. */
export const commentDispositions = sqliteTable("comment_dispositions", {
  commentId: integer("comment_id")
    .primaryKey()
    .references(() => comments.id, { onDelete: "cascade" }),
  disposition: text("disposition", { enum: DISPOSITIONS }).notNull().default("open"),
  answer: text("answer").notNull().default(""),
  changedInVersionId: integer("changed_in_version_id").references(() => versions.id),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: updatedAt(),
});

/** A municipality's house style for its Word documents. */
export const houseStyles = sqliteTable("house_styles", {
  municipalityId: integer("municipality_id")
    .primaryKey()
    .references(() => municipalities.id),
  logo: blob("logo"),
  logoType: text("logo_type"),
  font: text("font"),
  colour: text("colour"),
  /** A Word file whose styles the documents take over. */
  stylesDocx: blob("styles_docx"),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: updatedAt(),
});

// ——— issue 10: the definitive version, a municipality's pin, decision data, motivations and proposal texts ———

/** A frozen version the redactie marked "definitief voor besluitvorming"; the latest mark counts. */
export const definitiveVersions = sqliteTable(
  "definitive_versions",
  {
    versionId: integer("version_id")
      .primaryKey()
      .references(() => versions.id, { onDelete: "cascade" }),
    modelId: modelRef(),
    markedBy: integer("marked_by").references(() => users.id),
    markedAt: createdAt(),
  },
  (t) => [index("definitive_versions_model").on(t.modelId)],
);

/** The definitive version a municipality that is gereed made its choices against; its documents are built from it. */
export const municipalityPins = sqliteTable(
  "municipality_pins",
  {
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    versionId: integer("version_id")
      .notNull()
      .references(() => versions.id),
    pinnedBy: integer("pinned_by").references(() => users.id),
    pinnedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId] })],
);

/** The facts the council documents need (app/decisions/fields.ts), checked before they are stored. */
export const decisionData = sqliteTable(
  "decision_data",
  {
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId] })],
);

/** Why a municipality deviates from the regional default of a slot; required for every deviation once it is gereed. */
export const choiceMotivations = sqliteTable(
  "choice_motivations",
  {
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    slotKey: text("slot_key").notNull(),
    motivation: text("motivation").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId, t.slotKey] })],
);

/** The section texts of the raadsvoorstel: the regional default of the live model (municipality 0 = none), or a municipality's adaptation. */
export const proposalSections = sqliteTable(
  "proposal_sections",
  {
    modelId: modelRef(),
    /** 0 for the regional default text. */
    municipalityId: integer("municipality_id").notNull(),
    section: text("section").notNull(),
    text: text("text").notNull(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.municipalityId, t.section] })],
);

/** The regional section texts as they were when a version was frozen: the version holds them, so a pin covers them. */
export const versionProposalSections = sqliteTable("version_proposal_sections", {
  versionId: integer("version_id")
    .primaryKey()
    .references(() => versions.id, { onDelete: "cascade" }),
  sections: text("sections", { mode: "json" }).$type<Record<string, string>>().notNull(),
});
// ── Issue 16: fair-share monitoring (fair-share/), municipality data per year ──────────────────────────────────────

/** A municipality's households and social rental stock in a year: the basis of "naar rato". */
export const municipalityYears = sqliteTable(
  "municipality_years",
  {
    municipalityId: municipalityRef(),
    year: integer("year").notNull(),
    households: integer("households"),
    socialRentalStock: integer("social_rental_stock"),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.year] })],
);

/** The floor percentage of a region from a half year on (15% now; the ministerial regulation can change it). */
export const fairShareFloors = sqliteTable(
  "fair_share_floors",
  {
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    fromPeriod: text("from_period").notNull(),
    percent: real("percent").notNull(),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.fromPeriod] })],
);

/** One reported cell: a municipality's whole number for one figure (a key of fair-share/fields.ts) in one half year. */
export const monitorValues = sqliteTable(
  "monitor_values",
  {
    municipalityId: municipalityRef(),
    period: text("period").notNull(),
    key: text("key").notNull(),
    value: integer("value").notNull(),
    /** Plausible figures made up for the demo, marked as such on every page. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.period, t.key] }), index("monitor_values_period").on(t.period)],
);

/** Every correction of a reported cell: who, when, old → new. */
export const monitorValueChanges = sqliteTable(
  "monitor_value_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    municipalityId: municipalityRef(),
    period: text("period").notNull(),
    key: text("key").notNull(),
    oldValue: integer("old_value"),
    newValue: integer("new_value").notNull(),
    userId: integer("user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("monitor_value_changes_cell").on(t.municipalityId, t.period)],
);

/** A half year the redactie closed: read-only from then on. */
export const monitorClosedPeriods = sqliteTable(
  "monitor_closed_periods",
  {
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    period: text("period").notNull(),
    closedBy: integer("closed_by").references(() => users.id),
    closedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.period] })],
);

/** The noodknop: a municipality puts the agreements on the agenda of the next bestuurlijk overleg. */
export const emergencyCalls = sqliteTable(
  "emergency_calls",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    municipalityId: municipalityRef(),
    reason: text("reason").notNull(),
    raisedBy: integer("raised_by").references(() => users.id),
    raisedAt: createdAt(),
    closingNote: text("closing_note"),
    closedBy: integer("closed_by").references(() => users.id),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("emergency_calls_region").on(t.regionId)],
);

// ——— issue 14: notifications, mail queue, last visit ———

export const NOTIFICATION_KINDS = ["phase-opened", "phase-closing", "answers-published", "model-changed", "definitive-version", "mentioned"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const DELIVERIES = ["immediately", "digest", "none"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Something that needs a user: shown in the app until read, and (per preference) sent by mail. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** One notification per user and event, e.g. "phase-closing:12": the background check may run any number of times. */
    eventKey: text("event_key").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** A path inside the app. */
    link: text("link").notNull(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    /** Set when the daily digest that carries it has been queued. */
    digestedAt: integer("digested_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("notifications_user_event").on(t.userId, t.eventKey), index("notifications_user").on(t.userId, t.readAt)],
);

/** How a user wants one kind of notification by mail; no row means "immediately". */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    delivery: text("delivery", { enum: DELIVERIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Outgoing mail, written in the request's transaction and sent by the background sender with retries. */
export const mailQueue = sqliteTable(
  "mail_queue",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull().default(now()),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("mail_queue_pending").on(t.sentAt, t.nextAttemptAt)],
);

/**
 * Per user and model, for "wat is er veranderd sinds uw laatste bezoek": the text and newest version as they were at
 * the start of this visit (the baseline the model page compares with) and at the last page view. A page view after a
 * pause of an hour begins a new visit: the last view becomes the baseline.
 */
export const modelVisits = sqliteTable(
  "model_visits",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    modelId: modelRef(),
    seenDocument: text("seen_document", { mode: "json" }).notNull(),
    seenVersionId: integer("seen_version_id").references(() => versions.id),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
    lastDocument: text("last_document", { mode: "json" }).notNull(),
    lastVersionId: integer("last_version_id").references(() => versions.id),
    lastAt: integer("last_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.modelId] })],
);

/** Every change of an account's role or municipality by the redactie: who, when, from what to what. */
export const accountChanges = sqliteTable(
  "account_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    changedBy: integer("changed_by").references(() => users.id),
    oldRole: text("old_role", { enum: ROLES }).notNull(),
    newRole: text("new_role", { enum: ROLES }).notNull(),
    oldMunicipalityId: integer("old_municipality_id").references(() => municipalities.id),
    newMunicipalityId: integer("new_municipality_id").references(() => municipalities.id),
    createdAt: createdAt(),
  },
  (t) => [index("account_changes_user").on(t.userId)],
);


// ——— issue 10 (second part): received advice as a letter (PDF or Word), beside or instead of its text ———

/**
 * The letter in which an adviser's advice came in: from the province, or from one of the municipality's tenant
 * organisations (by the name it has in the decision data). Checked by its content before it is stored.
 */
export const adviceLetters = sqliteTable(
  "advice_letters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    adviser: text("adviser", { enum: ["provincie", "huurders"] }).notNull(),
    /** The tenant organisation's name; empty for the province. */
    organisation: text("organisation").notNull().default(""),
    fileName: text("file_name").notNull(),
    fileType: text("file_type", { enum: ["pdf", "docx"] }).notNull(),
    data: blob("data").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [uniqueIndex("advice_letters_source").on(t.modelId, t.municipalityId, t.adviser, t.organisation)],
);


// ——— issue 15: adoption by the council (vaststelling), with the council's amendments ———

/**
 * A council's adoption of a municipality's ordinance. The text is frozen when the adoption is recorded: the resolved
 * text as proposed (the pinned definitive version with the choices) and as adopted (with the amendments applied), as
 * ProseMirror JSON of a resolved ordinance, with the slot values it was resolved with. Never updated afterwards; the
 * latest adoption by council date is the text in force.
 */
export const adoptions = sqliteTable(
  "adoptions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    municipalityId: municipalityRef(),
    /** The definitive version the municipality was pinned to when its council adopted. */
    versionId: integer("version_id")
      .notNull()
      .references(() => versions.id),
    /** The date of the council meeting, YYYY-MM-DD. */
    councilDate: text("council_date").notNull(),
    decisionNumber: text("decision_number").notNull(),
    /** Slot key → the value it took (own choice or regional default), as resolve used it. */
    values: text("values", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    proposedDocument: text("proposed_document", { mode: "json" }).notNull(),
    document: text("document", { mode: "json" }).notNull(),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [index("adoptions_municipality").on(t.modelId, t.municipalityId, t.councilDate)],
);

/** The council's amendments of one adoption, in the order adopted: each changes provisions of the proposed text by id. */
export const adoptionAmendments = sqliteTable(
  "adoption_amendments",
  {
    adoptionId: integer("adoption_id")
      .notNull()
      .references(() => adoptions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    number: text("number").notNull(),
    title: text("title").notNull(),
    /** [{ provision: node id of a member or item, text: its new wording, one paragraph per line }] */
    changes: text("changes", { mode: "json" }).$type<{ provision: string; text: string }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.adoptionId, t.position] })],
);


// Issue 18: a Word file being imported, kept until the redactie confirms it, so a reload keeps every decision.

export const TRACKED_CHANGES = ["accept", "reject"] as const;

/**
 * A Word import waiting for the redactie's decisions: the XML parts read from the file (checked on upload; the file
 * itself is not kept), what to do with tracked changes, and the decisions so far. Confirming makes the model and
 * sets `modelId`; until then nothing of it is a model.
 */
export const wordImports = sqliteTable(
  "word_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    fileName: text("file_name").notNull(),
    /** The parts word-import reads: document, styles, numbering, comments. */
    parts: text("parts", { mode: "json" }).notNull(),
    trackedChanges: text("tracked_changes", { enum: TRACKED_CHANGES }).notNull(),
    /** The title the model will get, as the redactie typed it (the title found, at first). */
    title: text("title").notNull(),
    /** word-import's ImportDecisions: places for unplaced paragraphs, slot candidates confirmed or dismissed. */
    decisions: text("decisions", { mode: "json" }).notNull(),
    modelId: integer("model_id").references(() => models.id, { onDelete: "set null" }),
    /** True when the import replaced the working draft of `modelId` rather than making it. */
    replacedDraft: integer("replaced_draft", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("word_imports_region").on(t.regionId)],
);


// ── Issue 17: suggestions (voorstellen tot wijziging) ────────────────────────────────────────────────────────────────
/** Bewerken (edit) writes the text directly; Voorstellen (suggest) may only propose changes (decision 060). */
export const EDITING_MODES = ["edit", "suggest"] as const;
export type EditingMode = (typeof EDITING_MODES)[number];

/** The redactie's default mode per role in its region; a role without a row has the built-in default. */
export const roleEditingModes = sqliteTable(
  "role_editing_modes",
  {
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    mode: text("mode", { enum: EDITING_MODES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.role] })],
);

/** The redactie's choice for one account; overrides the role's default. */
export const accountEditingModes = sqliteTable("account_editing_modes", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  mode: text("mode", { enum: EDITING_MODES }).notNull(),
  changedBy: integer("changed_by").references(() => users.id),
  changedAt: createdAt(),
});

/** Every decided suggestion: who proposed what and when (from the suggestion itself), who decided how and when. */
export const suggestionDecisions = sqliteTable(
  "suggestion_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    suggestionId: text("suggestion_id").notNull(),
    kind: text("kind", { enum: ["insertion", "deletion"] }).notNull(),
    structural: integer("structural", { mode: "boolean" }).notNull(),
    articleId: text("article_id"),
    text: text("text").notNull(),
    authorId: integer("author_id").references(() => users.id),
    authorName: text("author_name").notNull(),
    proposedAt: integer("proposed_at", { mode: "timestamp_ms" }).notNull(),
    decision: text("decision", { enum: ["accept", "reject"] }).notNull(),
    decidedBy: integer("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: createdAt(),
  },
  (t) => [index("suggestion_decisions_model").on(t.modelId, t.decidedAt)],
);

// Issue 17 (threads): the discussion of one suggestion, a flat thread like a consultation comment's replies. The
// suggestion lives in the live text (by its id); the thread outlives its decision and is read in the history.
export const suggestionComments = sqliteTable(
  "suggestion_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    modelId: modelRef(),
    suggestionId: text("suggestion_id").notNull(),
    body: text("body").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** Who the author spoke for, as it was when they wrote (as for comments). */
    onBehalfOf: text("on_behalf_of").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("suggestion_comments_model").on(t.modelId, t.suggestionId)],
);
