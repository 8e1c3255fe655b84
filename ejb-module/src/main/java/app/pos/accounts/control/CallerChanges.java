package app.pos.accounts.control;

import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.User;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A membership or person written through JPA (whoever writes it: profiles, resets, verifications,
 * invitations) drops the tokens {@link RecentCallers} holds for them.
 */
public class CallerChanges {

  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    RecentCallers recent = CDI.current().select(RecentCallers.class).get();
    if (entity instanceof User user) {
      recent.forgetUser(user.getId());
    } else if (entity instanceof Person person) {
      recent.forgetPerson(person.getId());
    }
  }
}
