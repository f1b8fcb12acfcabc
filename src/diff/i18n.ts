/**
 * The fixed text of the baseline comparison (Markdown and HTML) in English and Dutch.
 * @module
 */
import type { Lang } from '../report/i18n.js';

const EN = {
  title: 'What changed: baseline comparison',
  summary:
    'Members: {joined} joined, {left} left, {stayed} stayed. Presence in countries: {gained} gained, {lost} lost, {changed} changed. Recommendations: {new} new, {dropped} dropped, {open} still open.',
  'section.members': 'Members',
  'section.presence': 'Presence by country',
  'section.themes': 'Themes by country',
  'section.pairs': 'Largest changes between members',
  'section.recommendations': 'Recommendations',
  'members.joined': 'Joined',
  'members.left': 'Left',
  'members.changed': 'Changed',
  'members.none': 'No member joined or left, and no member details changed.',
  'countries.joined': 'Countries where a member is now present: {list}.',
  'countries.left': 'Countries where no member is present any more: {list}.',
  'presence.none': 'No presence changed.',
  'themes.none': 'No theme coverage changed in any country.',
  'themes.coveredGained': 'Newly covered',
  'themes.coveredLost': 'No longer covered',
  'themes.duplicatedGained': 'Now covered by two or more members',
  'themes.duplicatedLost': 'No longer covered by two or more members',
  'themes.missingGained': 'Newly missing (focus themes nobody present covers)',
  'themes.missingLost': 'No longer missing',
  'themes.levels': 'Highest expertise level',
  'themes.now': 'now brought by {list}',
  'themes.noLonger': 'no longer by {list}',
  'themes.sharedGained': 'Newly shared local partners',
  'themes.sharedLost': 'Local partners no longer shared',
  'status.new': 'new country',
  'status.gone': 'no members present any more',
  'pairs.note':
    'Pairs of members that are in both baselines; changes smaller than {min} are left out, and each list shows at most {top} pairs.',
  'pairs.rises': 'Largest rises',
  'pairs.falls': 'Largest falls',
  'pairs.none': 'No change of {min} or more.',
  'metric.synergy': 'Synergy',
  'metric.duplication': 'Duplication risk',
  'metric.expertise': 'Expertise overlap',
  'metric.geography': 'Geographic overlap',
  'metric.sectors': 'Sector-network overlap',
  'rec.new': 'New',
  'rec.dropped': 'Dropped (done, or no longer indicated)',
  'rec.open': 'Still open',
  'rec.none': 'None.',
  'col.id': 'ID',
  'col.name': 'Name',
  'col.type': 'Type',
  'col.role': 'Role',
  'col.hq': 'HQ',
  'col.field': 'Changed',
  'col.before': 'Before',
  'col.after': 'After',
  'col.change': 'Change',
  'col.country': 'Country',
  'col.member': 'Member',
  'col.memberA': 'Member A',
  'col.memberB': 'Member B',
  'col.kind': 'Kind',
  'col.members': 'Members',
  'col.sector': 'Sector',
  'col.score': 'Score',
  'col.rationale': 'Rationale',
  'field.name': 'name',
  'field.type': 'type',
  'field.role': 'role',
  'field.country': 'HQ',
  'section.expertise': 'Expertise by member',
  'expertise.none': 'No member changed an expertise level.',
  'col.theme': 'Theme',
  'note.limitation':
    'A baseline records each member’s expertise only through the countries where it is present, so expertise changes appear per country (above) and in the expertise overlap, not per member.',
  footer: 'Compared with partner-synergy (baseline.json schema version 1).',
};

type DiffMessageKey = keyof typeof EN;

const NL: Readonly<Record<DiffMessageKey, string>> = {
  title: 'Wat is er veranderd: vergelijking van twee baselines',
  summary:
    'Leden: {joined} toegetreden, {left} vertrokken, {stayed} gebleven. Aanwezigheid in landen: {gained} erbij, {lost} weg, {changed} veranderd. Aanbevelingen: {new} nieuw, {dropped} vervallen, {open} nog open.',
  'section.members': 'Leden',
  'section.presence': 'Aanwezigheid per land',
  'section.themes': 'Thema’s per land',
  'section.pairs': 'Grootste veranderingen tussen leden',
  'section.recommendations': 'Aanbevelingen',
  'members.joined': 'Toegetreden',
  'members.left': 'Vertrokken',
  'members.changed': 'Gewijzigd',
  'members.none': 'Er is geen lid toegetreden of vertrokken, en geen gegevens van leden zijn gewijzigd.',
  'countries.joined': 'Landen waar nu een lid aanwezig is: {list}.',
  'countries.left': 'Landen waar geen lid meer aanwezig is: {list}.',
  'presence.none': 'De aanwezigheid is niet veranderd.',
  'themes.none': 'In geen enkel land is de dekking van thema’s veranderd.',
  'themes.coveredGained': 'Nieuw gedekt',
  'themes.coveredLost': 'Niet meer gedekt',
  'themes.duplicatedGained': 'Nu gedekt door twee of meer leden',
  'themes.duplicatedLost': 'Niet meer gedekt door twee of meer leden',
  'themes.missingGained': 'Nieuw ontbrekend (focusthema’s die niemand ter plaatse dekt)',
  'themes.missingLost': 'Niet meer ontbrekend',
  'themes.levels': 'Hoogste expertiseniveau',
  'themes.now': 'nu ingebracht door {list}',
  'themes.noLonger': 'niet meer door {list}',
  'themes.sharedGained': 'Nieuw gedeelde lokale partners',
  'themes.sharedLost': 'Lokale partners die niet meer gedeeld worden',
  'status.new': 'nieuw land',
  'status.gone': 'geen leden meer aanwezig',
  'pairs.note':
    'Paren van leden die in beide baselines staan; veranderingen kleiner dan {min} zijn weggelaten, en elke lijst toont hoogstens {top} paren.',
  'pairs.rises': 'Grootste stijgingen',
  'pairs.falls': 'Grootste dalingen',
  'pairs.none': 'Geen verandering van {min} of meer.',
  'metric.synergy': 'Synergie',
  'metric.duplication': 'Risico op dubbel werk',
  'metric.expertise': 'Overlap in expertise',
  'metric.geography': 'Geografische overlap',
  'metric.sectors': 'Overlap in sectornetwerken',
  'rec.new': 'Nieuw',
  'rec.dropped': 'Vervallen (uitgevoerd, of niet meer aangewezen)',
  'rec.open': 'Nog open',
  'rec.none': 'Geen.',
  'col.id': 'ID',
  'col.name': 'Naam',
  'col.type': 'Type',
  'col.role': 'Rol',
  'col.hq': 'Hoofdkantoor',
  'col.field': 'Gewijzigd',
  'col.before': 'Eerst',
  'col.after': 'Nu',
  'col.change': 'Verschil',
  'col.country': 'Land',
  'col.member': 'Lid',
  'col.memberA': 'Lid A',
  'col.memberB': 'Lid B',
  'col.kind': 'Soort',
  'col.members': 'Leden',
  'col.sector': 'Sector',
  'col.score': 'Score',
  'col.rationale': 'Onderbouwing',
  'field.name': 'naam',
  'field.type': 'type',
  'field.role': 'rol',
  'field.country': 'hoofdkantoor',
  'section.expertise': 'Expertise per lid',
  'expertise.none': 'Geen enkel lid heeft een expertiseniveau veranderd.',
  'col.theme': 'Thema',
  'note.limitation':
    'Een baseline legt de expertise van een lid alleen vast via de landen waar het aanwezig is; veranderingen in expertise staan daarom per land (hierboven) en in de overlap in expertise, niet per lid.',
  footer: 'Vergeleken met partner-synergy (baseline.json, schemaversie 1).',
};

/**
 * The comparison texts, per language; both have the same keys (type-checked).
 *
 * @example
 * DIFF_MESSAGES.nl['rec.open']; // => 'Nog open'
 */
export const DIFF_MESSAGES: Readonly<Record<Lang, Readonly<Record<DiffMessageKey, string>>>> = {
  en: EN,
  nl: NL,
};

export type { DiffMessageKey };

/**
 * Look up a comparison text and fill its `{name}` placeholders.
 *
 * @example
 * dt('nl', 'rec.open'); // => 'Nog open'
 * dt('en', 'pairs.none', { min: '0.01' }); // => 'No change of 0.01 or more.'
 */
export function dt(
  lang: Lang,
  key: DiffMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const text = DIFF_MESSAGES[lang === 'nl' ? 'nl' : 'en'][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
