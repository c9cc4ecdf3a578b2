package vn.thidua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.document.OfficialDocument;

class Nd30ContentTest {

    @Test
    void legalBasesEndInSemicolonsWhenTheProposalLineCloses() {
        Nd30Content content = Nd30Content.of(SampleDocuments.decision());

        assertThat(content.preamble()).hasSize(3);
        assertThat(content.preamble().get(0)).endsWith("năm 2022;");
        assertThat(content.preamble().get(1)).endsWith("Sở Giao thông vận tải;");
        assertThat(content.preamble().get(2)).isEqualTo("Theo đề nghị của Chánh Văn phòng Sở.");
    }

    @Test
    void lastLegalBasisEndsInAFullStopWithoutProposalLine() {
        OfficialDocument sample = SampleDocuments.decision();
        OfficialDocument withoutProposal = new OfficialDocument(sample.supervisingBody(), sample.issuingBody(),
                sample.numberSymbol(), sample.place(), sample.date(), sample.typeName(), sample.summary(),
                sample.authorityLine(), List.of("Căn cứ A;", "Căn cứ B"), null, sample.enactingWord(),
                sample.articles(), sample.signer(), sample.recipients());

        assertThat(Nd30Content.of(withoutProposal).preamble()).containsExactly("Căn cứ A;", "Căn cứ B.");
    }

    @Test
    void recipientsAreDashedAndTheLastEndsInAFullStop() {
        assertThat(Nd30Content.of(SampleDocuments.decision()).recipients())
                .containsExactly("- Như Điều 3;", "- Lưu: VT, VP.");
    }

    @Test
    void labelsNumberAndArticlesAndCapitalisesTheSignerTitle() {
        OfficialDocument sample = SampleDocuments.decision();
        OfficialDocument lowerCaseSigner = new OfficialDocument(null, "sở giao thông vận tải",
                sample.numberSymbol(), sample.place(), sample.date(), sample.typeName(), sample.summary(), null,
                sample.legalBases(), sample.proposalLine(), sample.enactingWord(), sample.articles(),
                new OfficialDocument.SignatureBlock(List.of("kt. giám đốc"), "phó giám đốc", "Lê Thị Ánh"),
                sample.recipients());

        Nd30Content content = Nd30Content.of(lowerCaseSigner);

        assertThat(content.numberLine()).isEqualTo("Số: 15/QĐ-SGTVT");
        assertThat(content.issuingBody()).isEqualTo("SỞ GIAO THÔNG VẬN TẢI");
        assertThat(content.supervisingBody()).isNull();
        assertThat(content.articles().get(1).heading()).isEqualTo("Điều 2.");
        assertThat(content.signerLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void composesDecomposedDiacriticsAndJoinsLines() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323\nHo\u0302\u0300ng";
        OfficialDocument sample = SampleDocuments.decision(
                List.of(new OfficialDocument.Article(1, List.of(decomposed))));

        assertThat(Nd30Content.of(sample).articles().get(0).paragraphs()).containsExactly("Nguyễn Thị Hồng");
    }

    @Test
    void refusesADocumentWithoutIssuingBody() {
        OfficialDocument sample = SampleDocuments.decision();
        OfficialDocument anonymous = new OfficialDocument(sample.supervisingBody(), " ", sample.numberSymbol(),
                sample.place(), sample.date(), sample.typeName(), sample.summary(), sample.authorityLine(),
                sample.legalBases(), sample.proposalLine(), sample.enactingWord(), sample.articles(),
                sample.signer(), sample.recipients());

        assertThatThrownBy(() -> Nd30Content.of(anonymous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuingBody");
    }
}
