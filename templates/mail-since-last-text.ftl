<#ftl output_format="plainText" strip_whitespace=true>
<#--
  mail-since-last-text.ftl: the "since last meeting" block of the plain-text part, included by mail-text.ftl; the same
  data as mail-since-last.ftlh. A PR or issue number is followed by its URL, as links are everywhere in the text part.
-->
${labels["since-last.title"]?replace("{date}", sinceLast.previousDate)}
<#list sinceLast.groups as g>

${labels["since-last." + g.key]}:
<#list g.items as e>
- <#if e.hasStatus()>[${fn.statusLabel(e.status)}] </#if><#list e.title as p>${p.text}<#if p.isLink()> <${p.url}></#if></#list>${e.marker}<#list e.refs as ref> ${ref.shortLabel()} <${ref.url}></#list>
</#list>
</#list>
