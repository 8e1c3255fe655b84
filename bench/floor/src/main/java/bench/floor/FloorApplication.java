package bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The product's pool settings (DatabaseMigrator), so the JDBC rows compare like with like. */
@DataSourceDefinition(
    name = "java:app/jdbc/floor",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=floor.db.url}",
    user = "postgres",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "reWriteBatchedInserts=true",
      "ApplicationName=floor",
      "stringtype=unspecified",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationPath("/")
public class FloorApplication extends Application {}
