/**
 * The templates a site is written with: the letter's own (letter partials, strings) as
 * the version was released with them, and the site's (`site.hbs`, `site.css`,
 * `site-embed.hbs`, `site-card.hbs`, `partials/site-*.hbs`) from the workspace as it is
 * now, so a restyled site applies to versions released before it.
 */
import { TemplateFiles, type TemplateFile } from '../workspace/template-files.js';

/** The site's own template files, by name. */
const SITE_FILE = /^(site[\w-]*\.(hbs|css)|partials\/site-[\w-]+\.hbs)$/;

export function isSiteTemplate(name: string): boolean {
  return SITE_FILE.test(name);
}

export class SiteTemplates extends TemplateFiles {
  constructor(
    /** The released version's templates. */
    private readonly letter: TemplateFiles,
    /** The workspace's templates now. */
    private readonly site: TemplateFiles,
  ) {
    super(undefined);
  }

  override find(name: string): TemplateFile | undefined {
    return (isSiteTemplate(name) ? this.site : this.letter).find(name);
  }

  override list(folder: string, extension: string): string[] {
    const own = this.site.list(folder, extension).filter(isSiteTemplate);
    const released = this.letter.list(folder, extension).filter((name) => !isSiteTemplate(name));
    return [...new Set([...released, ...own])].sort();
  }
}
