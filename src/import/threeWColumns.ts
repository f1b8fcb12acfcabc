/**
 * The columns of OCHA 3W / 4W / 5W tables: HXL hashtags first, then English and French header
 * aliases (compared folded).
 * @module
 */
import type { ColumnSpec } from './columns.js';

/**
 * The columns a 3W table is read from (HXL first, then English/French header aliases).
 *
 * @example
 * THREE_W_COLUMNS.name.headers.includes('impl ag'); // => true
 */
export const THREE_W_COLUMNS = Object.freeze({
  name: {
    hxl: [
      { tag: '#org', with: ['name'], without: ['type', 'acronym'] },
      { tag: '#org', without: ['acronym', 'type', 'code', 'id', 'funder', 'donor', 'funding'] },
    ],
    headers: [
      'org name',
      'organisation name',
      'organization name',
      'nom organisation',
      "nom de l'organisation",
      'organisation',
      'organization',
      'organisme',
      'org',
      'impl ag',
      'implementing agency',
      'implementing organisation',
      'implementing organization',
      'implementing partner',
      'agency',
      'partner',
      'partenaire',
      'name',
    ],
  },
  acronym: {
    hxl: [{ tag: '#org', with: ['acronym'] }],
    headers: [
      'org acronym',
      'organisation acronym',
      'organization acronym',
      'organisation accronyme',
      'organisation acronyme',
      'acronym',
      'acronyme',
      'sigle',
      'abbreviation',
    ],
  },
  type: {
    hxl: [
      { tag: '#org', with: ['type'], without: ['code'] },
      { tag: '#org', with: ['type'] },
    ],
    headers: [
      'org type',
      'organisation type',
      'organization type',
      'type of organization',
      'type of organisation',
      'type organisation',
      "type d'organisation",
      'type',
    ],
  },
  sector: {
    hxl: [
      { tag: '#sector', with: ['name'] },
      { tag: '#sector', without: ['code'] },
    ],
    headers: [
      'cluster sector name',
      'cluster name',
      'sector name',
      'cluster',
      'sector',
      'project sector',
      'secteur',
      'cluster secteur',
      'action',
      'activity type',
    ],
  },
  sectorCode: {
    hxl: [{ tag: '#sector', with: ['code'] }],
    headers: ['cluster sector code', 'cluster code', 'sector code', 'code secteur'],
  },
  adm1: {
    hxl: [
      { tag: '#adm1', with: ['name'] },
      { tag: '#adm1', without: ['code'] },
    ],
    headers: ['adm1 name', 'admin1 name', 'admin1', 'adm1', 'province', 'state', 'region', 'etat'],
  },
  adm1Code: {
    hxl: [{ tag: '#adm1', with: ['code'] }],
    headers: [
      'adm1 pcode',
      'adm1 code',
      'admin1 pcode',
      'admin1pcod',
      'admin1 pcod',
      'prov code',
      'state pcode',
      'province code',
      'region pcode',
    ],
  },
  adm2: {
    hxl: [
      { tag: '#adm2', with: ['name'] },
      { tag: '#adm2', without: ['code'] },
    ],
    headers: [
      'adm2 name',
      'admin2 name',
      'admin2',
      'adm2',
      'district',
      'lga',
      'cercle',
      'county',
      'departement',
    ],
  },
  adm2Code: {
    hxl: [{ tag: '#adm2', with: ['code'] }],
    headers: [
      'adm2 pcode',
      'adm2 code',
      'admin2 pcode',
      'admin2pcod',
      'admin2 pcod',
      'dist code',
      'district code',
      'lga pcode',
      'cercle pcode',
    ],
  },
  placeName: {
    hxl: [{ tag: '#loc', with: ['name'] }],
    headers: ['vdc', 'vdc name', 'location name', 'locality', 'place name'],
  },
  placeCode: {
    hxl: [{ tag: '#loc', with: ['code'] }],
    headers: ['hlcit', 'hlcit code', 'pcode', 'p code', 'location code', 'location pcode'],
  },
  funder: {
    hxl: [
      { tag: '#org', with: ['funder'] },
      { tag: '#org', with: ['donor'] },
      { tag: '#org', with: ['funding'] },
    ],
    headers: [
      'bailleur de fond',
      'bailleur de fonds',
      'bailleurs de fonds',
      'bailleur',
      'bailleurs',
      'donor',
      'donors',
      'funder',
      'funders',
      'funding agency',
      'funding organisation',
      'funding organization',
      'funding source',
      'source of funding',
      'src ag',
      'source agency',
    ],
  },
  country: {
    hxl: [{ tag: '#country', with: ['code'] }, { tag: '#country' }],
    headers: [
      'country code',
      'country iso3',
      'iso3',
      'country',
      'pays',
      'admin0',
      'adm0 name',
      'country name',
    ],
  },
  year: {
    hxl: [
      { tag: '#date', with: ['year'] },
      { tag: '#date', with: ['start'] },
    ],
    headers: ['year', 'annee', 'start year', 'date debut', 'date de debut', 'start date'],
  },
} satisfies Record<string, ColumnSpec>);
