// @ts-nocheck: Handlebars' generated code, written by scripts/precompile-templates.mjs. Do not edit.
import type { TemplateSpecification } from 'handlebars';

/** Every built-in .hbs template under templates/, by name, precompiled with { strict: false, preventIndent: true }. */
export const PRECOMPILED: Record<string, { source: string; spec: TemplateSpecification }> = {
  "bilingual.hbs": {
    source: "{{!--\n  A combined bilingual edition (coalition build --bilingual parallel|sequential).\n  Receives an edition view (docs/templates.md, \"Combined editions\"): parts (one full\n  letter view per language), primary, and for parallel editions rows and tail.\n--}}\n<!DOCTYPE html>\n<html lang=\"{{lang}}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{{title}}</title>\n<meta name=\"author\" content=\"{{meta.author}}\">\n<meta name=\"description\" content=\"{{meta.subject}}\">\n<meta name=\"generator\" content=\"coalition\">\n<link rel=\"icon\" href=\"data:,\">\n<style>{{{fontCss}}}</style>\n<style>{{{css}}}</style>\n{{> page-style primary}}\n{{#if (eq mode \"sequential\")}}\n{{!-- Each language part numbers its pages in its own language. --}}\n<style>\n{{#each parts}}\n.letter-part[lang=\"{{lang}}\"] { page: part-{{lang}}; }\n@page part-{{lang}} { @bottom-center { content: {{{pageCounter strings.page}}}; }{{#if draft}} @top-center { content: {{{cssString strings.draft}}}; }{{/if}} }\n{{/each}}\n@page part-{{lang}}:first { @bottom-center { content: none; } }\n</style>\n{{/if}}\n</head>\n<body class=\"paper-{{paper}} edition-{{mode}}{{#if draft}} is-draft{{/if}}\">\n{{#if (eq mode \"sequential\")}}\n<main class=\"letter\">\n{{#each parts}}\n<article class=\"letter-part\" lang=\"{{lang}}\" aria-label=\"{{langName}}\">\n{{> letter-content}}\n</article>\n{{/each}}\n</main>\n{{else}}\n<main class=\"letter\">\n{{> letterhead primary}}\n{{#each rows}}\n<div class=\"parallel-row row-{{kind}}\">\n{{#each cells}}<div class=\"parallel-cell\" role=\"group\" lang=\"{{lang}}\">{{{html}}}</div>\n{{/each}}\n</div>\n{{/each}}\n{{> signatories shared}}\n{{#each tail}}\n<div class=\"parallel-row row-{{kind}}\">\n{{#each cells}}<div class=\"parallel-cell\" role=\"group\" lang=\"{{lang}}\">{{{html}}}</div>\n{{/each}}\n</div>\n{{/each}}\n</main>\n{{/if}}\n</body>\n</html>\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<style>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"parts") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "")
    + "@page part-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":19}}}) : helper)))
    + ":first { @bottom-center { content: none; } }\n</style>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ".letter-part[lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":23,"column":19},"end":{"line":23,"column":27}}}) : helper)))
    + "\"] { page: part-"
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":23,"column":43},"end":{"line":23,"column":51}}}) : helper)))
    + "; }\n@page part-"
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":24,"column":11},"end":{"line":24,"column":19}}}) : helper)))
    + " { @bottom-center { content: "
    + ((stack1 = (lookupProperty(helpers,"pageCounter")||(depth0 && lookupProperty(depth0,"pageCounter"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"page") : stack1),{"name":"pageCounter","hash":{},"data":data,"loc":{"start":{"line":24,"column":48},"end":{"line":24,"column":78}}})) != null ? stack1 : "")
    + "; }"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"draft") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":81},"end":{"line":24,"column":157}}})) != null ? stack1 : "")
    + " }\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " @top-center { content: "
    + ((stack1 = (lookupProperty(helpers,"cssString")||(depth0 && lookupProperty(depth0,"cssString"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"draft") : stack1),{"name":"cssString","hash":{},"data":data,"loc":{"start":{"line":24,"column":118},"end":{"line":24,"column":147}}})) != null ? stack1 : "")
    + "; }";
},"3":function(container,depth0,helpers,partials,data) {
    return " is-draft";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<main class=\"letter\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"parts") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":37,"column":9}}})) != null ? stack1 : "")
    + "</main>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"letter-part\" lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":34,"column":35},"end":{"line":34,"column":43}}}) : helper)))
    + "\" aria-label=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"langName") || (depth0 != null ? lookupProperty(depth0,"langName") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"langName","hash":{},"data":data,"loc":{"start":{"line":34,"column":57},"end":{"line":34,"column":69}}}) : helper)))
    + "\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"letter-content"),depth0,{"name":"letter-content","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<main class=\"letter\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"letterhead"),(depth0 != null ? lookupProperty(depth0,"primary") : depth0),{"name":"letterhead","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"signatories"),(depth0 != null ? lookupProperty(depth0,"shared") : depth0),{"name":"signatories","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"tail") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":54,"column":9}}})) != null ? stack1 : "")
    + "</main>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"parallel-row row-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"kind") || (depth0 != null ? lookupProperty(depth0,"kind") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":43,"column":29},"end":{"line":43,"column":37}}}) : helper)))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"cells") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"parallel-cell\" role=\"group\" lang=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":44,"column":61},"end":{"line":44,"column":69}}}) : helper)))
    + "\">"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"html") || (depth0 != null ? lookupProperty(depth0,"html") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"html","hash":{},"data":data,"loc":{"start":{"line":44,"column":71},"end":{"line":44,"column":81}}}) : helper))) != null ? stack1 : "")
    + "</div>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":7},"end":{"line":11,"column":16}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"meta") : depth0)) != null ? lookupProperty(stack1,"author") : stack1), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"meta") : depth0)) != null ? lookupProperty(stack1,"subject") : stack1), depth0))
    + "\">\n<meta name=\"generator\" content=\"coalition\">\n<link rel=\"icon\" href=\"data:,\">\n<style>"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fontCss") || (depth0 != null ? lookupProperty(depth0,"fontCss") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"fontCss","hash":{},"data":data,"loc":{"start":{"line":16,"column":7},"end":{"line":16,"column":20}}}) : helper))) != null ? stack1 : "")
    + "</style>\n<style>"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"css") || (depth0 != null ? lookupProperty(depth0,"css") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"css","hash":{},"data":data,"loc":{"start":{"line":17,"column":7},"end":{"line":17,"column":16}}}) : helper))) != null ? stack1 : "")
    + "</style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"page-style"),(depth0 != null ? lookupProperty(depth0,"primary") : depth0),{"name":"page-style","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"sequential",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":28}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "</head>\n<body class=\"paper-"
    + alias4(((helper = (helper = lookupProperty(helpers,"paper") || (depth0 != null ? lookupProperty(depth0,"paper") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"paper","hash":{},"data":data,"loc":{"start":{"line":30,"column":19},"end":{"line":30,"column":28}}}) : helper)))
    + " edition-"
    + alias4(((helper = (helper = lookupProperty(helpers,"mode") || (depth0 != null ? lookupProperty(depth0,"mode") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"mode","hash":{},"data":data,"loc":{"start":{"line":30,"column":37},"end":{"line":30,"column":45}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"draft") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":45},"end":{"line":30,"column":74}}})) != null ? stack1 : "")
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mode") : depth0),"sequential",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":31,"column":6},"end":{"line":31,"column":28}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true},
  },
  "letter.hbs": {
    source: "{{!--\n  The page of one letter in one language. Every variable is documented in\n  docs/templates.md. A workspace may replace this file, any partial in partials/,\n  letter.css, or any strings file in i18n/ by putting its own copy in templates/.\n--}}\n<!DOCTYPE html>\n<html lang=\"{{lang}}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{{title}}</title>\n<meta name=\"author\" content=\"{{meta.author}}\">\n<meta name=\"description\" content=\"{{meta.subject}}\">\n<meta name=\"generator\" content=\"coalition\">\n<link rel=\"icon\" href=\"data:,\">\n<style>{{{fontCss}}}</style>\n<style>{{{css}}}</style>\n{{> page-style}}\n</head>\n<body class=\"paper-{{paper}}{{#if draft}} is-draft{{/if}}\">\n<main class=\"letter\">\n{{> letter-content}}\n</main>\n</body>\n</html>\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    return " is-draft";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":7},"end":{"line":11,"column":16}}}) : helper)))
    + "</title>\n<meta name=\"author\" content=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"meta") : depth0)) != null ? lookupProperty(stack1,"author") : stack1), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"meta") : depth0)) != null ? lookupProperty(stack1,"subject") : stack1), depth0))
    + "\">\n<meta name=\"generator\" content=\"coalition\">\n<link rel=\"icon\" href=\"data:,\">\n<style>"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fontCss") || (depth0 != null ? lookupProperty(depth0,"fontCss") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"fontCss","hash":{},"data":data,"loc":{"start":{"line":16,"column":7},"end":{"line":16,"column":20}}}) : helper))) != null ? stack1 : "")
    + "</style>\n<style>"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"css") || (depth0 != null ? lookupProperty(depth0,"css") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"css","hash":{},"data":data,"loc":{"start":{"line":17,"column":7},"end":{"line":17,"column":16}}}) : helper))) != null ? stack1 : "")
    + "</style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"page-style"),depth0,{"name":"page-style","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</head>\n<body class=\"paper-"
    + alias4(((helper = (helper = lookupProperty(helpers,"paper") || (depth0 != null ? lookupProperty(depth0,"paper") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"paper","hash":{},"data":data,"loc":{"start":{"line":20,"column":19},"end":{"line":20,"column":28}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"draft") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":28},"end":{"line":20,"column":57}}})) != null ? stack1 : "")
    + "\">\n<main class=\"letter\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"letter-content"),depth0,{"name":"letter-content","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</main>\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
  },
  "partials/addressees.hbs": {
    source: "{{#if to.length}}\n<address class=\"addressees\">\n  {{#each to}}\n  <p class=\"addressee\">{{#each lines}}<span class=\"addressee-line\">{{this}}</span>{{#unless @last}}<br>{{/unless}}{{/each}}{{#each address}}<br><span class=\"address-line\">{{this}}</span>{{/each}}</p>\n  {{/each}}\n</address>\n{{/if}}\n{{#if subject}}\n<p class=\"subject\"><span class=\"subject-label\">{{strings.subject_label}}</span> {{subject}}</p>\n{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<address class=\"addressees\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":5,"column":11}}})) != null ? stack1 : "")
    + "</address>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"addressee\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"lines") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":23},"end":{"line":4,"column":123}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"address") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":123},"end":{"line":4,"column":195}}})) != null ? stack1 : "")
    + "</p>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"addressee-line\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":82},"end":{"line":4,"column":114}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"4":function(container,depth0,helpers,partials,data) {
    return "<br><span class=\"address-line\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"subject\"><span class=\"subject-label\">"
    + alias1(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"subject_label") : stack1), depth0))
    + "</span> "
    + alias1(((helper = (helper = lookupProperty(helpers,"subject") || (depth0 != null ? lookupProperty(depth0,"subject") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":9,"column":80},"end":{"line":9,"column":91}}}) : helper)))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"to") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"subject") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "partials/body.hbs": {
    source: "<div class=\"body\">\n{{{body}}}\n</div>\n{{#if closing}}<p class=\"closing\">{{closing}}</p>{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"closing\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"closing") || (depth0 != null ? lookupProperty(depth0,"closing") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"closing","hash":{},"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":45}}}) : helper)))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"body\">\n"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"body") || (depth0 != null ? lookupProperty(depth0,"body") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"body","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"closing") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":56}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  },
  "partials/footer.hbs": {
    source: "{{#if cc.length}}\n<footer class=\"cc\">\n  <p><span class=\"cc-label\">{{strings.cc_label}}</span> {{#each cc}}{{this}}{{#unless @last}}<br>{{/unless}}{{/each}}</p>\n</footer>\n{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<footer class=\"cc\">\n  <p><span class=\"cc-label\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"cc_label") : stack1), depth0))
    + "</span> "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"cc") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":56},"end":{"line":3,"column":117}}})) != null ? stack1 : "")
    + "</p>\n</footer>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":76},"end":{"line":3,"column":108}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"cc") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "partials/greeting.hbs": {
    source: "{{#if greeting}}<p class=\"greeting\">{{greeting}}</p>{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"greeting\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"greeting") || (depth0 != null ? lookupProperty(depth0,"greeting") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"greeting","hash":{},"data":data,"loc":{"start":{"line":1,"column":36},"end":{"line":1,"column":48}}}) : helper)))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"greeting") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":59}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  },
  "partials/heading.hbs": {
    source: "<header class=\"letter-head\">\n  <h1 class=\"title\">{{title}}</h1>\n  <p class=\"dateline\">{{#if place}}<span class=\"place\">{{place}}, </span>{{/if}}<time datetime=\"{{date}}\">{{dateText}}</time></p>\n  {{#if draft}}<p class=\"draft-mark\" aria-hidden=\"true\">{{strings.draft}}</p>{{/if}}\n</header>\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"place\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"place") || (depth0 != null ? lookupProperty(depth0,"place") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"place","hash":{},"data":data,"loc":{"start":{"line":3,"column":55},"end":{"line":3,"column":64}}}) : helper)))
    + ", </span>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"draft-mark\" aria-hidden=\"true\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"draft") : stack1), depth0))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<header class=\"letter-head\">\n  <h1 class=\"title\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":20},"end":{"line":2,"column":29}}}) : helper)))
    + "</h1>\n  <p class=\"dateline\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"place") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":22},"end":{"line":3,"column":80}}})) != null ? stack1 : "")
    + "<time datetime=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"date") || (depth0 != null ? lookupProperty(depth0,"date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":3,"column":96},"end":{"line":3,"column":104}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"dateText") || (depth0 != null ? lookupProperty(depth0,"dateText") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"dateText","hash":{},"data":data,"loc":{"start":{"line":3,"column":106},"end":{"line":3,"column":118}}}) : helper)))
    + "</time></p>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"draft") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":84}}})) != null ? stack1 : "")
    + "\n</header>\n";
},"useData":true},
  },
  "partials/letter-content.hbs": {
    source: "{{!-- The letter itself, in reading order; a combined sequential edition prints it once per language. --}}\n{{> letterhead}}\n{{> heading}}\n{{> addressees}}\n{{> greeting}}\n{{> body}}\n{{> signatories}}\n{{> footer}}\n",
    spec: {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"letterhead"),depth0,{"name":"letterhead","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"heading"),depth0,{"name":"heading","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"addressees"),depth0,{"name":"addressees","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"greeting"),depth0,{"name":"greeting","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"body"),depth0,{"name":"body","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"signatories"),depth0,{"name":"signatories","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer"),depth0,{"name":"footer","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  },
  "partials/letterhead.hbs": {
    source: "{{!-- The letterhead (front matter `letterhead:`): at the top of the first page only. --}}\n{{#if letterhead}}\n<div class=\"letterhead\">\n  {{#if letterhead.logo}}<img class=\"letterhead-logo\" src=\"{{letterhead.logo}}\" alt=\"\">{{/if}}\n  <div class=\"letterhead-text\">\n    <p class=\"letterhead-name\">{{letterhead.name}}</p>\n    {{#each letterhead.lines}}<p class=\"letterhead-line\">{{this}}</p>{{/each}}\n  </div>\n</div>\n{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"letterhead\">\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"letterhead") : depth0)) != null ? lookupProperty(stack1,"logo") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":94}}})) != null ? stack1 : "")
    + "\n  <div class=\"letterhead-text\">\n    <p class=\"letterhead-name\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"letterhead") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0))
    + "</p>\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"letterhead") : depth0)) != null ? lookupProperty(stack1,"lines") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":78}}})) != null ? stack1 : "")
    + "\n  </div>\n</div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<img class=\"letterhead-logo\" src=\""
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"letterhead") : depth0)) != null ? lookupProperty(stack1,"logo") : stack1), depth0))
    + "\" alt=\"\">";
},"2":function(container,depth0,helpers,partials,data) {
    return "<p class=\"letterhead-line\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"letterhead") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "partials/page-style.hbs": {
    source: "{{!-- Paper size, margins and the localized page numbers (\"Page 2 of 3\") from page 2 on. --}}\n<style>\n@page {\n  size: {{#if (eq paper \"a4\")}}A4{{else}}letter{{/if}};\n  {{#if (eq paper \"a4\")}}margin: 2.2cm 2.5cm 2.4cm 2.5cm;{{else}}margin: 0.85in 1in 0.95in 1in;{{/if}}\n  @bottom-center { content: {{{pageCounter strings.page}}}; font-family: \"Source Serif 4\", serif; font-size: 9pt; color: #555; }\n{{#if draft}}\n  @top-center { content: {{{cssString strings.draft}}}; font-family: \"Source Serif 4\", serif; font-size: 10pt; font-weight: 700; letter-spacing: 0.3em; color: #b00020; }\n{{/if}}\n}\n@page :first {\n  @bottom-center { content: none; }\n}\n</style>\n",
    spec: {"0":function(container,depth0,helpers,partials,data) {
    return "A4";
},"1":function(container,depth0,helpers,partials,data) {
    return "letter";
},"2":function(container,depth0,helpers,partials,data) {
    return "margin: 2.2cm 2.5cm 2.4cm 2.5cm;";
},"3":function(container,depth0,helpers,partials,data) {
    return "margin: 0.85in 1in 0.95in 1in;";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  @top-center { content: "
    + ((stack1 = (lookupProperty(helpers,"cssString")||(depth0 && lookupProperty(depth0,"cssString"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"draft") : stack1),{"name":"cssString","hash":{},"data":data,"loc":{"start":{"line":8,"column":25},"end":{"line":8,"column":54}}})) != null ? stack1 : "")
    + "; font-family: \"Source Serif 4\", serif; font-size: 10pt; font-weight: 700; letter-spacing: 0.3em; color: #b00020; }\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<style>\n@page {\n  size: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"paper") : depth0),"a4",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":14},"end":{"line":4,"column":29}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":8},"end":{"line":4,"column":54}}})) != null ? stack1 : "")
    + ";\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"paper") : depth0),"a4",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":23}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":102}}})) != null ? stack1 : "")
    + "\n  @bottom-center { content: "
    + ((stack1 = (lookupProperty(helpers,"pageCounter")||(depth0 && lookupProperty(depth0,"pageCounter"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"page") : stack1),{"name":"pageCounter","hash":{},"data":data,"loc":{"start":{"line":6,"column":28},"end":{"line":6,"column":58}}})) != null ? stack1 : "")
    + "; font-family: \"Source Serif 4\", serif; font-size: 9pt; color: #555; }\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"draft") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "}\n@page :first {\n  @bottom-center { content: none; }\n}\n</style>\n";
},"useData":true},
  },
  "partials/signatories.hbs": {
    source: "{{#if signing.count}}\n<section class=\"signatories cols-{{signing.columns}}{{#if signing.numbered}} is-numbered{{#if (gt signing.count 99)}} digits-3{{else if (gt signing.count 9)}} digits-2{{/if}}{{/if}}\" aria-label=\"{{strings.signatories_label}}\">\n  {{#if signing.heading}}\n  <h2 class=\"signing-heading\">{{signing.heading}}{{#if signing.asOf}} <span class=\"as-of\">{{signing.asOf}}</span>{{/if}}</h2>\n  {{else if signing.asOf}}\n  <p class=\"signing-heading as-of\">{{signing.asOf}}</p>\n  {{/if}}\n  <div class=\"signer-groups\">\n  {{#each signing.groups}}\n    {{#if heading}}<h3 class=\"group-heading\">{{heading}}</h3>{{/if}}\n    <{{#if ../signing.numbered}}ol{{else}}ul{{/if}} class=\"signer-list\"{{#if ../signing.numbered}} start=\"{{signers.0.number}}\"{{/if}}>\n      {{#each signers}}\n      <li class=\"signer signer-{{kind}}{{#if pending}} is-pending{{/if}}\">{{#if detail}}<span class=\"signer-name\">{{name}}</span><span class=\"signer-detail\"><span class=\"signer-comma\">, </span>{{detail}}</span>{{else}}{{text}}{{/if}}{{#if pending}} <span class=\"pending-mark\">({{../../strings.pending}})</span>{{/if}}</li>\n      {{/each}}\n    </{{#if ../signing.numbered}}ol{{else}}ul{{/if}}>\n  {{/each}}\n  </div>\n  {{#if signing.logos.length}}\n  <ul class=\"logo-grid\" aria-hidden=\"true\">\n    {{#each signing.logos}}<li><img src=\"{{src}}\" alt=\"\"></li>{{/each}}\n  </ul>\n  {{/if}}\n  {{#if signing.note}}<p class=\"signing-note\">{{signing.note}}</p>{{/if}}\n</section>\n{{/if}}\n",
    spec: {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"signatories cols-"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"columns") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"numbered") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":52},"end":{"line":2,"column":181}}})) != null ? stack1 : "")
    + "\" aria-label=\""
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"strings") : depth0)) != null ? lookupProperty(stack1,"signatories_label") : stack1), depth0))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"heading") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.program(7, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "  <div class=\"signer-groups\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"groups") : stack1),{"name":"each","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":16,"column":11}}})) != null ? stack1 : "")
    + "  </div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"logos") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"note") : stack1),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":73}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " is-numbered"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"count") : stack1),99,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":2,"column":94},"end":{"line":2,"column":115}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":88},"end":{"line":2,"column":174}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return " digits-3";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"count") : stack1),9,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":2,"column":136},"end":{"line":2,"column":156}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":126},"end":{"line":2,"column":167}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return " digits-2";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h2 class=\"signing-heading\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"heading") : stack1), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":49},"end":{"line":4,"column":120}}})) != null ? stack1 : "")
    + "</h2>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"as-of\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1), depth0))
    + "</span>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":7,"column":2}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"signing-heading as-of\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"asOf") : stack1), depth0))
    + "</p>\n  ";
},"9":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"heading") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":4},"end":{"line":10,"column":68}}})) != null ? stack1 : "")
    + "\n    <"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depths[1] != null ? lookupProperty(depths[1],"signing") : depths[1])) != null ? lookupProperty(stack1,"numbered") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.program(12, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":11,"column":5},"end":{"line":11,"column":51}}})) != null ? stack1 : "")
    + " class=\"signer-list\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depths[1] != null ? lookupProperty(depths[1],"signing") : depths[1])) != null ? lookupProperty(stack1,"numbered") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":71},"end":{"line":11,"column":134}}})) != null ? stack1 : "")
    + ">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"signers") : depth0),{"name":"each","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":14,"column":15}}})) != null ? stack1 : "")
    + "    </"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depths[1] != null ? lookupProperty(depths[1],"signing") : depths[1])) != null ? lookupProperty(stack1,"numbered") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.program(12, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":15,"column":6},"end":{"line":15,"column":52}}})) != null ? stack1 : "")
    + ">\n";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3 class=\"group-heading\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"heading") || (depth0 != null ? lookupProperty(depth0,"heading") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":10,"column":45},"end":{"line":10,"column":56}}}) : helper)))
    + "</h3>";
},"11":function(container,depth0,helpers,partials,data) {
    return "ol";
},"12":function(container,depth0,helpers,partials,data) {
    return "ul";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " start=\""
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"signers") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"number") : stack1), depth0))
    + "\"";
},"14":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <li class=\"signer signer-"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"kind") || (depth0 != null ? lookupProperty(depth0,"kind") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":13,"column":31},"end":{"line":13,"column":39}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pending") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":39},"end":{"line":13,"column":72}}})) != null ? stack1 : "")
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"detail") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.program(17, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":13,"column":74},"end":{"line":13,"column":233}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pending") : depth0),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":233},"end":{"line":13,"column":317}}})) != null ? stack1 : "")
    + "</li>\n";
},"15":function(container,depth0,helpers,partials,data) {
    return " is-pending";
},"16":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"signer-name\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":13,"column":114},"end":{"line":13,"column":122}}}) : helper)))
    + "</span><span class=\"signer-detail\"><span class=\"signer-comma\">, </span>"
    + alias4(((helper = (helper = lookupProperty(helpers,"detail") || (depth0 != null ? lookupProperty(depth0,"detail") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":13,"column":193},"end":{"line":13,"column":203}}}) : helper)))
    + "</span>";
},"17":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":13,"column":218},"end":{"line":13,"column":226}}}) : helper)));
},"18":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"pending-mark\">("
    + container.escapeExpression(container.lambda(((stack1 = (depths[2] != null ? lookupProperty(depths[2],"strings") : depths[2])) != null ? lookupProperty(stack1,"pending") : stack1), depth0))
    + ")</span>";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <ul class=\"logo-grid\" aria-hidden=\"true\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"logos") : stack1),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":4},"end":{"line":20,"column":71}}})) != null ? stack1 : "")
    + "\n  </ul>\n";
},"20":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><img src=\""
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"src") || (depth0 != null ? lookupProperty(depth0,"src") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"src","hash":{},"data":data,"loc":{"start":{"line":20,"column":41},"end":{"line":20,"column":48}}}) : helper)))
    + "\" alt=\"\"></li>";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"signing-note\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"note") : stack1), depth0))
    + "</p>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"signing") : depth0)) != null ? lookupProperty(stack1,"count") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  },
};
