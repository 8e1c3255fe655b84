package bench.floor;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

@Path("floor")
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

  private static final Item PLAIN = new Item(new UUID(0, 1), "plain", true);

  @Resource(lookup = "java:app/jdbc/floor")
  DataSource dataSource;

  @Inject Items items;

  /** JAX-RS and JSON-B only. */
  @GET
  @Path("json")
  public Item json() {
    return PLAIN;
  }

  /** One JDBC query by id through the server's pool, no transaction. */
  @GET
  @Path("jdbc/{id}")
  public Item jdbc(@PathParam("id") UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT id, name, active FROM floor_item WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException();
        }
        return new Item(r.getObject(1, UUID.class), r.getString(2), r.getBoolean(3));
      }
    }
  }

  /** A @Stateless bean running a JPA native query by id. */
  @GET
  @Path("ejb/{id}")
  public Item ejb(@PathParam("id") UUID id) {
    Item item = items.find(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }
}
