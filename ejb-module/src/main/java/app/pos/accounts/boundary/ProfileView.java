package app.pos.accounts.boundary;

import app.pos.accounts.entity.UserProfile;
import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** A member of staff's profile. */
public record ProfileView(
    UUID userId, String phone, String avatarUrl, JsonObject preferences, Instant updatedAt) {

  public static ProfileView of(UserProfile profile) {
    try (JsonReader reader =
        JsonCodec.JSON.createReader(new StringReader(profile.getPreferences()))) {
      return new ProfileView(
          profile.getUserId(),
          profile.getPhone(),
          profile.getAvatarUrl(),
          reader.readObject(),
          profile.getUpdatedAt());
    }
  }
}
