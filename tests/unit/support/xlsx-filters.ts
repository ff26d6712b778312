import { strFromU8, unzipSync } from 'fflate';

/** An XML-escaped attribute or text back to its characters (the five entities write-excel-file uses). */
const unescape = (value: string) => value.replace(/&(apos|quot|lt|gt|amp);/g, (_m, name: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]!);

/**
 * Each sheet of a workbook, in order, with its AutoFilter range and its `_xlnm._FilterDatabase`
 * defined name (null when absent), read from the zipped XML itself.
 */
export function sheetFilters(bytes: Uint8Array): Array<{ sheet: string; autoFilter: string | null; filterDatabase: string | null }> {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const workbook = files['xl/workbook.xml']!;
  const rels = new Map([...files['xl/_rels/workbook.xml.rels']!.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(([, id, target]) => [id!, target!]));
  const names = new Map([...workbook.matchAll(/<definedName name="_xlnm\._FilterDatabase" localSheetId="(\d+)" hidden="1">([^<]*)<\/definedName>/g)].map(([, index, ref]) => [Number(index), unescape(ref!)]));
  return [...workbook.matchAll(/<sheet r:id="([^"]+)" sheetId="\d+" name="([^"]*)"\/>/g)].map(([, rId, name], index) => {
    const target = rels.get(rId!)!.replace(/^\/?(xl\/)?/, 'xl/');
    const ref = /<autoFilter ref="([^"]+)"\/>/.exec(files[target]!)?.[1] ?? null;
    return { sheet: unescape(name!), autoFilter: ref, filterDatabase: names.get(index) ?? null };
  });
}
