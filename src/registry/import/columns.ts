/**
 * Which column holds what: found by header, in English or Spanish, ignoring case and
 * accents ("Organización", "ORGANIZATION", "Name of your organisation"); `--map
 * header=field` overrides. The consent question ("May we publish your name?") is
 * recognized in every shipped language, before the name and organization columns
 * whose words it often contains.
 */
import { CoalitionError, ExitCode } from '../../errors.js';
import { nameKey } from '../name-key.js';

const FIELDS = ['organization', 'acronym', 'country', 'email', 'name', 'first_name', 'last_name', 'title', 'affiliation', 'type', 'website', 'timestamp', 'consent'] as const;
export type Field = (typeof FIELDS)[number];

/** Exact header names (as name keys), then words a longer question may contain; first match wins. */
const RULES: { field: Field; exact: string[]; contains: RegExp }[] = [
  // "May we publish your name?", "¿Autoriza publicar su nombre?", "Acceptez-vous que votre nom soit publié ?",
  // "Autoriza a publicação do nome?", "Dürfen wir Ihren Namen veröffentlichen?", "Possiamo pubblicare il nome?",
  // "Можем ли мы опубликовать название?", "هل توافقون على نشر اسم منظمتكم؟", "是否同意公开贵组织的名称？"
  // (as name keys: no accents, lower case). Not "public" alone ("Public email").
  {
    field: 'consent',
    exact: ['consent', 'consentimiento', 'consentement', 'consentimento', 'einwilligung', 'consenso', 'согласие', 'موافقة', '同意', 'publish', 'publish name', 'publicar'],
    contains: /\bpublish|\bpublica(r|cion|cao|tion)\b|\bpublie|\bpubblica|veroffentlich|опубликова|публикац|نشر|公开|公開|公布|\bpublicly\b|\bconsent/,
  },
  { field: 'organization', exact: ['organization', 'organisation', 'organizacion', 'org', 'organization name', 'organizacion u organizacion'], contains: /\borgani[sz]a/ },
  { field: 'acronym', exact: ['acronym', 'siglas', 'short name', 'abbreviation', 'acronimo'], contains: /\bacronym|\bsiglas\b|\bacronimo/ },
  { field: 'country', exact: ['country', 'pais'], contains: /\bcountry\b|\bpais\b/ },
  { field: 'email', exact: ['email', 'e mail', 'correo', 'correo electronico', 'email address'], contains: /\be ?mail\b|\bcorreo\b/ },
  { field: 'first_name', exact: ['first name', 'first', 'given name', 'nombres', 'nombre de pila'], contains: /\bfirst name\b/ },
  { field: 'last_name', exact: ['last name', 'last', 'surname', 'family name', 'apellido', 'apellidos'], contains: /\blast name\b|\bapellidos?\b/ },
  { field: 'title', exact: ['title', 'cargo', 'position', 'puesto', 'job title'], contains: /\bcargo\b|\bjob title\b|\bposition\b|\bpuesto\b/ },
  { field: 'affiliation', exact: ['affiliation', 'afiliacion'], contains: /\baffiliation\b|\bafiliacion\b/ },
  { field: 'type', exact: ['type', 'tipo', 'kind', 'sign as', 'firma como'], contains: /\btype\b|\btipo\b|\bsigning as\b|\bfirma como\b/ },
  { field: 'website', exact: ['website', 'web', 'sitio web', 'url', 'pagina web'], contains: /\bwebsite\b|\bsitio web\b|\bpagina web\b/ },
  { field: 'timestamp', exact: ['timestamp', 'marca temporal', 'marca de tiempo', 'submitted at', 'submission date', 'date submitted', 'created at', 'fecha', 'fecha de envio', 'date', 'horodateur', 'carimbo de data hora'], contains: /\btimestamp\b|\bmarca temporal\b|\bsubmitted\b|\bsubmission date\b/ },
  { field: 'name', exact: ['name', 'nombre', 'full name', 'nombre completo', 'your name', 'contact name', 'su nombre'], contains: /\bname\b|\bnombre\b/ },
];

export interface ColumnMap {
  /** Field → column index. */
  columns: Partial<Record<Field, number>>;
  /** Headers no field was read from. */
  ignored: string[];
}

/** `mapping`: "header=field" overrides from --map (field "ignore" drops a column). */
export function mapColumns(headers: string[], mapping: readonly string[] = []): ColumnMap {
  const keys = headers.map(nameKey);
  const columns: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  for (const item of mapping) {
    const i = item.lastIndexOf('=');
    const header = nameKey(item.slice(0, i));
    const field = item.slice(i + 1).trim().toLowerCase().replace(/-/g, '_');
    const index = keys.indexOf(header);
    if (i <= 0 || index === -1 || !(FIELDS.includes(field as Field) || field === 'ignore')) {
      throw new CoalitionError(`--map ${item}: ${index === -1 ? `no column is headed "${item.slice(0, Math.max(i, 0))}"` : `"${field}" is not a field`}`, {
        code: 'bad-column-map', exitCode: ExitCode.usage,
        hint: `Write --map "<header>=<field>"; the headers are: ${headers.join(', ')}; the fields: ${FIELDS.join(', ')}, ignore.`,
      });
    }
    taken.add(index);
    if (field !== 'ignore') columns[field as Field] = index;
  }
  for (const pass of ['exact', 'contains'] as const) {
    for (const rule of RULES) {
      if (columns[rule.field] !== undefined) continue;
      const index = keys.findIndex((key, i) => !taken.has(i) && (pass === 'exact' ? rule.exact.includes(key) : rule.contains.test(key)));
      if (index !== -1) {
        columns[rule.field] = index;
        taken.add(index);
      }
    }
  }
  return { columns, ignored: headers.filter((_, i) => !taken.has(i) && headers[i] !== '') };
}
