package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

  static final long MIB = 1024L * 1024L;

  @Test
  void anAdjustmentsAttachmentUploadTakesFiveMebibytes() {
    String id = "6f1c3a52-8a4e-4d4b-9d1e-2a1f0c3b4d5e";
    assertThat(BodyLimits.forPath("inventory/api/adjustments/" + id + "/attachments/", MIB))
        .isEqualTo(5 * MIB);
    assertThat(BodyLimits.forPath("/pos/inventory/api/adjustments/" + id + "/attachments", MIB))
        .isEqualTo(5 * MIB);
  }

  @Test
  void everyOtherPathKeepsTheConfiguredLimit() {
    assertThat(BodyLimits.forPath("inventory/api/adjustments/", MIB)).isEqualTo(MIB);
    assertThat(BodyLimits.forPath("inventory/api/adjustments/x/attachments/y/", MIB))
        .isEqualTo(MIB);
    assertThat(BodyLimits.forPath(null, MIB)).isEqualTo(MIB);
  }

  @Test
  void aLargerConfiguredLimitStays() {
    assertThat(BodyLimits.forPath("inventory/api/adjustments/x/attachments", 8 * MIB))
        .isEqualTo(8 * MIB);
  }
}
