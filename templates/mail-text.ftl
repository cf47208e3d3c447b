<#ftl output_format="plainText" strip_whitespace=true>
<#--
  mail-text.ftl: the plain-text part of `weekly-report mail`, for readers whose mail client shows no HTML (and for
  the preview line of those that do). It receives the same data as mail.ftlh, so the two say the same: keep them so
  when you change one. Links are written out after their text (<https://...>), chips as [评审中], headings with
  Markdown's #, lists with - or their numbers, nested lists indented. Empty lines are collapsed to one afterwards.
-->
<#macro inlines content><#list content as i><#switch fn.inlineKind(i)><#case "text">${i.text}<#break><#case "strong"><@inlines i.content/><#break><#case "emphasis"><@inlines i.content/><#break><#case "code">${i.code}<#break><#case "strike"><@inlines i.content/><#break><#case "link"><@inlines i.content/><#if fn.plain(i.content) != i.url && !i.url?starts_with("#")> <${i.url}></#if><#break><#case "break">${"\n"}<#break></#switch></#list></#macro>
<#macro block b indent>
<#switch fn.kind(b)>
<#case "paragraph">
${indent}<@inlines b.content/>

<#break>
<#case "list">
<#list b.items as item>
<#-- A reference the item's own text links already has its URL written out: no second copy. -->
<#local linked = item.text?filter(i -> fn.inlineKind(i) == "link")?map(i -> i.url)>
${indent}${b.ordered?then((b.start + item?index)?c + ".", "-")} <#if item.status.known>[${fn.statusLabel(item.status.status)}] </#if><@inlines item.text/><#list fn.codeRefs(item) as ref><#if !linked?seq_contains(ref.url)> ${ref.shortLabel()} <${ref.url}></#if></#list>
<#list item.body as inner><@block inner indent + "   "/></#list>
</#list>

<#break>
<#case "table">
<#if b.header?has_content>${indent}<#list b.header as c><@inlines c.content/><#sep> | </#list>
</#if>
<#list b.rows as row>${indent}<#list row as c><@inlines c.content/><#sep> | </#list>
</#list>

<#break>
<#case "image">
<#if b.file??>${indent}[${labels["mail.picture"]}: ${b.alt?has_content?then(b.alt, b.source)}]
<#elseif b.remote>${indent}[${labels["image.remote"]}: ${b.source}]
<#else>${indent}[${labels["image.missing"]}: ${b.source}]
</#if>

<#break>
<#case "code">
<#list b.text?split("\n") as line>${indent}    ${line}
</#list>

<#break>
<#case "quote">
<#local quoted><#list b.blocks as inner><@block inner ""/></#list></#local>
<#list quoted?trim?split("\n") as line>${indent}> ${line}
</#list>

<#break>
</#switch>
</#macro>
<#macro section s>
<#if fn.isContent(s)>

${""?left_pad(s.level + 1, "#")} <#if s.number?has_content>${s.number}${fn.numberGap(s.number)}</#if><@inlines s.title/>

<#list s.blocks as b><@block b ""/></#list>
<#list s.children as c><@section c/></#list>
</#if>
</#macro>
${meta.title}
<#if timeSection??>
${fn.plain(timeSection.title)} <#list timeSection.blocks as b><#if fn.kind(b) == "paragraph">${fn.plain(b.content)}</#if><#sep> </#list><#if meta.date?? && !meta.isPeriod()> · ${fn.weekday(meta.date)}</#if><#if meetingZone??> ${meetingZone}</#if>
<#elseif dateLine?has_content>
${dateLine}<#if meetingZone??> ${meetingZone}</#if>
</#if>

<#if report.meeting??>
<#assign m = report.meeting>
<#if m.platform??>${labels["meeting.platform"]}: ${m.platform}
</#if>
<#if m.topic??>${labels["meeting.topic"]}: ${m.topic}
</#if>
<#if meetingTime??>${labels["meeting.time"]}: ${meetingTime}
</#if>
<#if m.joinUrl??>${labels["meeting.link"]}: ${m.joinUrl}
</#if>
<#if m.meetingNumber??>${labels["meeting.number"]}: ${m.meetingNumber}
</#if>
<#if m.passcode??>${labels["meeting.passcode"]}: ${m.passcode}
</#if>
<#list m.dialIns as d>${labels["meeting.dialin"]}: ${d}
</#list>
<#list meetingNotes as d>${d}
</#list>

</#if>
<#if summary?has_content>
${labels["summary.title"]}: <#list summary as s>${s.label} ${s.count}<#sep> · </#list>

</#if>
<#if sinceLast??>
<#include "mail-since-last-text.ftl">

</#if>
<#list report.preamble as b><@block b ""/></#list>
<#list report.sections as s><@section s/></#list>

--
${labels["mail.footer"]?replace("{source}", meta.source)}
