package app.pos.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The whole API hangs off the root: {@code /accounts/api/...}, {@code /sales/api/...}. Everything
 * under the root is answered by JAX-RS, so unknown paths get a problem+json 404 too. No container
 * authentication ({@code @LoginConfig}): {@code AuthenticationFilter} verifies every token itself,
 * and the server's MP-JWT mechanism verifying it again cost a tenth of a read's CPU.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "POS platform API",
            version = "1.0",
            description =
                "Multi-tenant point of sale: inventory, sales, bookkeeping, subscriptions."
                    + " Errors are application/problem+json."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class PosApplication extends Application {}
