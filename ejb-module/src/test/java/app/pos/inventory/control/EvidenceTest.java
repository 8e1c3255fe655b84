package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.inventory.entity.EvidenceType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void aJpegIsToldByItsFirstThreeBytes() {
    assertThat(Evidence.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(EvidenceType.JPEG);
  }

  @Test
  void aPngIsToldByItsEightByteSignature() {
    assertThat(Evidence.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
        .contains(EvidenceType.PNG);
  }

  @Test
  void aPdfIsToldByItsHeader() {
    assertThat(Evidence.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(EvidenceType.PDF);
  }

  @Test
  void htmlIsNoneOfThem() {
    assertThat(Evidence.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void aTruncatedSignatureIsNoneOfThem() {
    assertThat(Evidence.detect(bytes(0x89, 'P', 'N'))).isEmpty();
    assertThat(Evidence.detect(new byte[0])).isEmpty();
  }

  @Test
  void aFileNameKeepsOnlySafeCharacters() {
    assertThat(Evidence.fileName("../../shelf 3\"; x.html", EvidenceType.PNG, "evidence"))
        .isEqualTo("shelf_3___x.png");
  }

  @Test
  void aFileNameEndsInTheExtensionOfItsType() {
    assertThat(Evidence.fileName("receipt.PDF", EvidenceType.PDF, "evidence"))
        .isEqualTo("receipt.pdf");
  }

  @Test
  void aFileNameWithNothingUsableFallsBack() {
    assertThat(Evidence.fileName(null, EvidenceType.JPEG, "evidence")).isEqualTo("evidence.jpg");
    assertThat(Evidence.fileName("\"\"", EvidenceType.JPEG, "evidence")).isEqualTo("evidence.jpg");
  }

  @Test
  void aLongFileNameIsCut() {
    assertThat(Evidence.fileName("a".repeat(300), EvidenceType.PDF, "evidence")).hasSize(99);
  }
}
