package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.InquiryRecord;
import org.sunlight.cases.Party;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProposalKind;
import org.sunlight.cases.SiteRecord;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The frozen HTML of a document, and so its hash, is what the {@code document} fragment of templates/records/document.html
 * renders: {@link DocumentHtml} writes it without the template engine, and must give the same bytes for every kind of
 * document and every part it may hold or leave out, with text that needs escaping.
 */
class DocumentHtmlTest {

    private static final String NASTY = "<b>\"王&某'</b> ${doc.title} #{records.none} {0}";

    private final ResourceBundleMessageSource messages = messages();
    private final SpringTemplateEngine thymeleaf = thymeleaf(messages);
    private final DocumentHtml html = new DocumentHtml(messages);

    @Test
    void everyKindWithEveryPartWritesWhatTheTemplateRenders() {
        int compared = 0;
        for (var kind : DocumentKind.values()) {
            for (var content : variants(kind)) {
                assertThat(html.write(content)).as(kind + " " + content).isEqualTo(template(content));
                compared++;
            }
        }
        assertThat(compared)
                .isEqualTo(DocumentKind.values().length
                        * variants(DocumentKind.PENALTY_DECISION).size());
    }

    @Test
    void theSameContentGivesTheSameBytesAndHash() {
        var content = full(DocumentKind.PENALTY_DECISION, "曲卫罚〔2026〕7号", "王某");
        assertThat(Documents.contentSha256(html.write(content)))
                .isEqualTo(Documents.contentSha256(html.write(content)))
                .isEqualTo(Documents.contentSha256(template(content)));
    }

    private String template(DocumentContent content) {
        var context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("doc", content);
        return thymeleaf
                .process(DocumentTemplate.NAME, Set.of("document"), context)
                .strip();
    }

    private static List<DocumentContent> variants(DocumentKind kind) {
        var list = new ArrayList<DocumentContent>();
        list.add(full(kind, "曲卫罚〔2026〕7号", "王某"));
        list.add(full(kind, null, NASTY));
        list.add(bare(kind));
        list.add(withRecords(kind, true));
        list.add(withRecords(kind, false));
        list.add(corrected(kind));
        return list;
    }

    private static DocumentContent full(DocumentKind kind, String number, String name) {
        var parties = List.of(
                new Party(UUID.randomUUID(), PartyKind.INDIVIDUAL, name, "11010519491231002X", null, "曲阜市鼓楼大街1号"),
                new Party(UUID.randomUUID(), PartyKind.ORGANISATION, "曲阜市某某诊所", null, "91350100M000100Y43", ""));
        return new DocumentContent(
                kind,
                "行政处罚决定书",
                "曲阜市卫生健康局",
                number,
                "未取得医疗机构执业许可证擅自执业 " + name,
                name,
                parties,
                "经查，" + name + "擅自执业。",
                List.of(
                        new DocumentContent.Note("2026年5月1日", "立案", "同意立案"),
                        new DocumentContent.Note("2026年5月2日", "调查终结", name)),
                new DocumentContent.Penalty(ProposalKind.FINE, "150000.00", "罚款" + name, "从轻处罚", "初次违法"),
                List.of("如不服本决定，可在六十日内申请行政复议。", name),
                List.of(new DocumentContent.Signatory("张三", "37000001"), new DocumentContent.Signatory(name, "")),
                "2026年5月3日",
                null,
                List.of("违反的规定及处罚依据（执法事项 A1）：" + name, "适用的裁量基准"),
                "加处罚款（计至2026年6月1日）：人民币 100.00 元",
                null,
                null);
    }

    private static DocumentContent bare(DocumentKind kind) {
        return new DocumentContent(
                kind,
                "询问通知书",
                "邹城市卫生健康局",
                null,
                "案由",
                "",
                List.of(),
                "   ",
                List.of(),
                new DocumentContent.Penalty(ProposalKind.WARNING, null, null, null, null),
                List.of(),
                List.of(),
                "2026年5月3日",
                null,
                List.of(),
                null,
                null,
                null);
    }

    private static DocumentContent withRecords(DocumentKind kind, boolean signed) {
        var officer = new DocumentContent.Signatory("张三", "37000001");
        var inquiry = new DocumentContent.PrintedInquiry(
                "曲阜市某诊所",
                "2026年5月1日9时00分至10时30分",
                "王某",
                signed ? "11010519491231002X" : null,
                "当事人本人",
                officer,
                new DocumentContent.Signatory("李四", ""),
                List.of(new InquiryRecord.Exchange("你是谁？", "王某。"), new InquiryRecord.Exchange(NASTY, NASTY)),
                signed,
                signed ? null : "被询问人拒绝签名，理由：" + NASTY);
        var site = new DocumentContent.PrintedSiteRecord(
                "曲阜市某诊所",
                "2026年5月1日9时00分至10时30分",
                officer,
                officer,
                signed
                        ? List.of(
                                new SiteRecord.Person("王某", "11010519491231002X", "负责人"),
                                new SiteRecord.Person(NASTY, null, "员工"))
                        : List.of(),
                "执业许可",
                NASTY,
                signed,
                signed ? "在场人员签名：王某" : "拒绝签名");
        return new DocumentContent(
                kind,
                "询问笔录",
                "曲阜市卫生健康局",
                "曲卫询〔2026〕1号",
                "案由",
                "王某",
                List.of(new Party(UUID.randomUUID(), PartyKind.INDIVIDUAL, "王某", "11010519491231002X", null, "")),
                "",
                List.of(new DocumentContent.Note("2026年5月1日", "询问", NASTY)),
                signed
                        ? new DocumentContent.Penalty(ProposalKind.FINE, "0.01", "  ", null, "依据")
                        : new DocumentContent.Penalty(ProposalKind.NO_PENALTY, null, "不予处罚", null, null),
                List.of(),
                List.of(officer),
                "2026年5月3日",
                null,
                List.of(),
                null,
                inquiry,
                site);
    }

    private static DocumentContent corrected(DocumentKind kind) {
        var base = full(kind, "曲卫罚〔2026〕8号", "王某");
        return new DocumentContent(
                kind,
                base.title(),
                base.organ(),
                base.number(),
                base.cause(),
                base.addressee(),
                base.parties(),
                base.summary(),
                base.notes(),
                kind.ordinal() % 2 == 0 ? base.proposal() : null,
                base.clauses(),
                base.officers(),
                base.issuedOn(),
                new DocumentContent.Correction("曲卫罚〔2026〕7号", "2026年5月3日", NASTY, "更正后的文字"),
                List.of(),
                null,
                null,
                null);
    }

    private static ResourceBundleMessageSource messages() {
        // as the application's (spring.messages in application.yml)
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/platform", "messages/cases", "messages/records", "messages/review");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static SpringTemplateEngine thymeleaf(ResourceBundleMessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
