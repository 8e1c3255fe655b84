package app.pos.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a member of staff says about themselves: phone, avatar, UI preferences (a JSON object). */
@Entity
@Table(name = "acc_user_profile")
public class UserProfile {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "business_id", nullable = false, updatable = false)
  private UUID businessId;

  private String phone;

  @Column(name = "avatar_url")
  private String avatarUrl;

  @Column(nullable = false)
  private String preferences;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected UserProfile() {}

  public UserProfile(UUID userId, UUID businessId) {
    this.userId = userId;
    this.businessId = businessId;
    this.preferences = "{}";
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public void change(String phone, String avatarUrl, String preferencesJson) {
    if (phone != null) {
      this.phone = phone.isBlank() ? null : phone.trim();
    }
    if (avatarUrl != null) {
      this.avatarUrl = avatarUrl.isBlank() ? null : avatarUrl.trim();
    }
    if (preferencesJson != null) {
      this.preferences = preferencesJson;
    }
  }

  public UUID getUserId() {
    return userId;
  }

  public UUID getBusinessId() {
    return businessId;
  }

  public String getPhone() {
    return phone;
  }

  public String getAvatarUrl() {
    return avatarUrl;
  }

  public String getPreferences() {
    return preferences;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
