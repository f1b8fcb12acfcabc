/**
 * Every sentence the workbook reader writes, in English and Dutch.
 */
import type { Lang } from '../country/labels.js';
import type { UnreadableReason } from './zip.js';

/** The reader's messages in one language. */
export interface ReaderMessages {
  readonly unreadable: Readonly<Record<UnreadableReason, (file: string, detail: string) => string>>;
  readonly hiddenSheet: (sheet: string) => string;
  readonly uncalculated: (ref: string, formula: string) => string;
  readonly cellError: (ref: string, value: string) => string;
  readonly noHeader: (ref: string, value: string, headerRow: number) => string;
  readonly unknownSheet: (sheet: string) => string;
  readonly emptySheet: (sheet: string) => string;
  readonly zipBomb: (
    file: string,
    part: string,
    from: number,
    to: number,
    ratio: number,
    max: number,
  ) => string;
}

const EN: ReaderMessages = {
  unreadable: {
    encrypted: (f) =>
      `${f} is a password-protected workbook or an old Excel 97-2003 (.xls) file; save it as an Excel workbook (.xlsx) without a password.`,
    truncated: (f) =>
      `${f} is not a complete workbook: the end of its zip container is missing (an interrupted download or attachment?); ask for the file again.`,
    not_zip: (f) =>
      `${f} is not an Excel workbook (.xlsx): it is not a zip container; save it as .xlsx or as CSV.`,
    zip64: (f) => `${f} is a ZIP64 container, which is not read; open it in Excel and save it again.`,
    zip_encrypted: (f) => `${f} is protected with zip encryption; save it without a password.`,
    bad_entry: (f, d) => `${f} has a damaged zip directory (${d}); open it in Excel and save it again.`,
    corrupt_part: (f, d) =>
      `${f} is damaged: its part ${d} does not unpack correctly; open it in Excel and save it again.`,
    lying_part: (f, d) =>
      `${f}: its part ${d} unpacks to more bytes than the zip directory says; the file is damaged or built to exhaust memory (a zip bomb), so it was not read.`,
    missing_part: (f, d) => `${f} has no ${d}; it is not a complete Excel workbook.`,
    bad_xml: (f, d) => `${f} is damaged: ${d}; open it in Excel and save it again.`,
  },
  hiddenSheet: (s) =>
    `Sheet "${s}" is hidden, so it was not read; unhide it (right-click a sheet tab, Unhide) if it holds data.`,
  uncalculated: (ref, f) =>
    `Cell ${ref} holds a formula (=${f}) without a calculated value (the program that wrote the file does not calculate); open and save the workbook in Excel or LibreOffice, or type the value.`,
  cellError: (ref, v) =>
    `Cell ${ref} holds the error ${v} (a formula that failed); correct the formula or type the value.`,
  noHeader: (ref, v, row) =>
    `Cell ${ref} holds "${v}" but its column has no name in the header row (row ${row}); name the column or clear the cell.`,
  unknownSheet: (s) =>
    `Cannot tell what sheet "${s}" holds: name it Members, Expertise, Geography, Sectors or Companies (or Leden, Expertise, Geografie, Sectoren, Bedrijven), or use the documented column names.`,
  emptySheet: (s) => `Sheet "${s}" has a header but no data rows.`,
  zipBomb: (file, part, from, to, ratio, max) =>
    `${file}: its part ${part} would expand ${ratio} times (${from} -> ${to} bytes), more than the ${max} times a workbook needs; this looks like a zip bomb, so it was not read.`,
};

const NL: ReaderMessages = {
  unreadable: {
    encrypted: (f) =>
      `${f} is een met een wachtwoord beveiligde werkmap of een oud Excel 97-2003-bestand (.xls); sla het op als Excel-werkmap (.xlsx) zonder wachtwoord.`,
    truncated: (f) =>
      `${f} is geen volledige werkmap: het einde van de zip-container ontbreekt (een afgebroken download of bijlage?); vraag het bestand opnieuw op.`,
    not_zip: (f) =>
      `${f} is geen Excel-werkmap (.xlsx): het is geen zip-container; sla het op als .xlsx of als CSV.`,
    zip64: (f) =>
      `${f} is een ZIP64-container, die niet wordt gelezen; open het in Excel en sla het opnieuw op.`,
    zip_encrypted: (f) => `${f} is beveiligd met zip-versleuteling; sla het op zonder wachtwoord.`,
    bad_entry: (f, d) =>
      `${f} heeft een beschadigde zip-inhoudsopgave (${d}); open het in Excel en sla het opnieuw op.`,
    corrupt_part: (f, d) =>
      `${f} is beschadigd: het onderdeel ${d} pakt niet goed uit; open het in Excel en sla het opnieuw op.`,
    lying_part: (f, d) =>
      `${f}: het onderdeel ${d} pakt uit tot meer bytes dan de zip-inhoudsopgave zegt; het bestand is beschadigd of gemaakt om het geheugen te vullen (een zipbom) en is niet gelezen.`,
    missing_part: (f, d) => `${f} mist ${d}; het is geen volledige Excel-werkmap.`,
    bad_xml: (f, d) => `${f} is beschadigd: ${d}; open het in Excel en sla het opnieuw op.`,
  },
  hiddenSheet: (s) =>
    `Werkblad "${s}" is verborgen en is niet gelezen; maak het zichtbaar (rechtsklik op een tabblad, Zichtbaar maken) als het gegevens bevat.`,
  uncalculated: (ref, f) =>
    `Cel ${ref} bevat een formule (=${f}) zonder berekende waarde (het programma dat het bestand schreef rekent niet); open de werkmap in Excel of LibreOffice en sla haar op, of typ de waarde.`,
  cellError: (ref, v) =>
    `Cel ${ref} bevat de fout ${v} (een formule die mislukte); verbeter de formule of typ de waarde.`,
  noHeader: (ref, v, row) =>
    `Cel ${ref} bevat "${v}" maar haar kolom heeft geen naam in de kopregel (rij ${row}); geef de kolom een naam of maak de cel leeg.`,
  unknownSheet: (s) =>
    `Onduidelijk wat werkblad "${s}" bevat: noem het Leden, Expertise, Geografie, Sectoren of Bedrijven (of Members, Expertise, Geography, Sectors, Companies), of gebruik de beschreven kolomnamen.`,
  emptySheet: (s) => `Werkblad "${s}" heeft een kopregel maar geen gegevensrijen.`,
  zipBomb: (file, part, from, to, ratio, max) =>
    `${file}: het onderdeel ${part} zou ${ratio} keer zo groot worden (${from} -> ${to} bytes), meer dan de ${max} keer die een werkmap nodig heeft; dit lijkt een zipbom en is niet gelezen.`,
};

/**
 * The reader's messages in a language.
 *
 * @example
 * readerMessages('nl').hiddenSheet('lijsten').startsWith('Werkblad "lijsten" is verborgen'); // => true
 */
export function readerMessages(lang: Lang = 'en'): ReaderMessages {
  return lang === 'nl' ? NL : EN;
}
