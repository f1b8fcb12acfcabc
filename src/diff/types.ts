/**
 * The result type of diffBaselines: what changed between two baselines of one partnership
 * (a year apart, say). Plain, serialisable, readonly data.
 * @module
 */
import type { Labels } from '../schema/baseline.js';
import type { MemberRole, MemberType, PresenceKind } from '../schema/records.js';

/** A member as listed in a baseline. */
export interface DiffMember {
  readonly id: string;
  readonly name: string;
  readonly type: MemberType;
  readonly role: MemberRole;
  readonly country: string | null;
}

/** A member in both baselines whose name, type, role or headquarters changed. */
export interface MemberChange {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly {
    readonly field: 'name' | 'type' | 'role' | 'country';
    readonly before: string | null;
    readonly after: string | null;
  }[];
}

/** A member's presence in a country: null on one side means absent there. */
export interface PresenceChange {
  readonly country: string;
  readonly member: string;
  readonly before: PresenceKind | null;
  readonly after: PresenceKind | null;
}

/** How the themes of one country changed (from countries[cc].themes, duplicated, missing). */
export interface CountryThemeChange {
  readonly country: string;
  /** 'both': in both baselines; 'new': only after; 'gone': only before. */
  readonly status: 'both' | 'new' | 'gone';
  /** Themes covered by at least one member present in the country. */
  readonly coveredGained: readonly string[];
  readonly coveredLost: readonly string[];
  /** Themes covered by two or more members (duplication risk). */
  readonly duplicatedGained: readonly string[];
  readonly duplicatedLost: readonly string[];
  /** Focus themes no member present covers (coverage gaps). */
  readonly missingGained: readonly string[];
  readonly missingLost: readonly string[];
  /** Highest expertise level among the members present, for themes covered in both. */
  readonly levels: readonly { readonly theme: string; readonly before: number; readonly after: number }[];
  /** Members who newly bring (joined) or no longer bring (left) a theme to the country. */
  readonly themeMembers: readonly {
    readonly theme: string;
    readonly joined: readonly string[];
    readonly left: readonly string[];
  }[];
  /** Local partners shared by two or more members: newly shared, no longer shared. */
  readonly sharedPartnersGained: readonly string[];
  readonly sharedPartnersLost: readonly string[];
}

/** A member pair's value in both baselines. `a < b` (code-unit order). */
export interface PairChange {
  readonly a: string;
  readonly b: string;
  readonly before: number;
  readonly after: number;
  /** after - before, rounded to 4 decimals. */
  readonly change: number;
}

/** The largest rises (change desc) and falls (change asc) of a pair metric. */
export interface PairChanges {
  readonly rises: readonly PairChange[];
  readonly falls: readonly PairChange[];
}

/** A recommendation as compared by its stable id. */
export interface RecommendationRef {
  readonly id: string;
  readonly kind: string;
  readonly members: readonly string[];
  readonly country: string | null;
  readonly sector: string | null;
  readonly themes: readonly string[];
  /** Its score in the baseline it comes from (after for new and open, before for dropped). */
  readonly score: number;
  readonly rationale: string;
}

/** A recommendation in both baselines: still open, with its score then and now. */
export interface OpenRecommendation extends RecommendationRef {
  readonly before: number;
}

/** A member's expertise level on a theme that changed (null: not listed in that baseline). */
export interface ExpertiseChange {
  readonly member: string;
  readonly theme: string;
  readonly before: number | null;
  readonly after: number | null;
}

/**
 * What changed between two baselines.
 * @example
 * const diff: BaselineDiff = diffBaselines(json, nextYear);
 * diff.members.stayed; // => 12
 * diff.countries; // => { joined: [], left: [] }
 * diff.expertise; // => []
 */
export interface BaselineDiff {
  readonly members: {
    readonly joined: readonly DiffMember[];
    readonly left: readonly DiffMember[];
    readonly changed: readonly MemberChange[];
    /** Members in both baselines. */
    readonly stayed: number;
  };
  /** Countries with at least one member present, newly (joined) or no longer (left). */
  readonly countries: { readonly joined: readonly string[]; readonly left: readonly string[] };
  readonly presence: {
    readonly gained: readonly PresenceChange[];
    readonly lost: readonly PresenceChange[];
    /** Present in both, with another presence kind. */
    readonly changed: readonly PresenceChange[];
  };
  /**
   * Per member and theme, the expertise levels that changed (sorted by member, then theme), for
   * members in both baselines. Null when either baseline has no `records` (older or hand-made).
   */
  readonly expertise: readonly ExpertiseChange[] | null;
  /** One entry per country whose themes, levels or shared partners changed, by country code. */
  readonly themes: readonly CountryThemeChange[];
  /** Pairs of members in both baselines, per dimension. */
  readonly overlap: {
    readonly expertise: PairChanges;
    readonly geography: PairChanges;
    readonly sectors: PairChanges;
  };
  readonly synergy: PairChanges;
  readonly duplication: PairChanges;
  readonly recommendations: {
    readonly new: readonly RecommendationRef[];
    /** In the earlier baseline only: closed (done) or no longer indicated. */
    readonly dropped: readonly RecommendationRef[];
    readonly open: readonly OpenRecommendation[];
  };
  /** Member id -> name (the later name when both have one), for rendering. */
  readonly names: Readonly<Record<string, string>>;
  /** Labels of both baselines (the later one wins), for rendering. */
  readonly labels: Labels;
  /** The options used. */
  readonly top: number;
  readonly minChange: number;
}
