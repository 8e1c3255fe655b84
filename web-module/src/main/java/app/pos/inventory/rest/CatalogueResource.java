package app.pos.inventory.rest;

import app.pos.inventory.boundary.Catalogue;
import app.pos.inventory.boundary.CreateCategory;
import app.pos.inventory.boundary.CreateLocation;
import app.pos.inventory.boundary.CreateProduct;
import app.pos.inventory.boundary.CreateSupplier;
import app.pos.inventory.boundary.Locations;
import app.pos.inventory.boundary.UpdateCategory;
import app.pos.inventory.boundary.UpdateLocation;
import app.pos.inventory.boundary.UpdateProduct;
import app.pos.inventory.boundary.UpdateSupplier;
import app.pos.inventory.boundary.Views.CategoryView;
import app.pos.inventory.boundary.Views.LocationView;
import app.pos.inventory.boundary.Views.ProductView;
import app.pos.inventory.boundary.Views.SupplierView;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.rest.Access;
import app.pos.platform.rest.Allow;
import app.pos.platform.rest.Created;
import app.pos.platform.rest.PageEnvelope;
import app.pos.platform.rest.PageParams;
import app.pos.platform.rest.QueryDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Categories, products, warehouses and storefronts: all staff read, ADMIN and MANAGER write. */
@ApplicationScoped
@Path("inventory/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Access.ADMIN, Access.MANAGER, Access.CASHIER, Access.WAREHOUSE_STAFF})
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
public class CatalogueResource {

  @Inject Catalogue catalogue;
  @Inject Locations locations;
  @Context UriInfo uri;

  @POST
  @Path("suppliers")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Add a supplier")
  @APIResponseSchema(value = SupplierView.class, responseCode = "201")
  public Response createSupplier(CreateSupplier command) {
    SupplierView supplier = catalogue.createSupplier(command);
    return Created.at(uri, "inventory/api/suppliers/{id}/", supplier.id(), supplier);
  }

  @GET
  @Path("suppliers")
  @Operation(summary = "Suppliers")
  public PageEnvelope<SupplierView> suppliers(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        catalogue.suppliers(ActiveFilter.of(isActive, includeInactive), page.toRequest()), uri);
  }

  @GET
  @Path("suppliers/{id}")
  @Operation(summary = "One supplier")
  public SupplierView supplier(@PathParam("id") UUID id) {
    return catalogue.supplier(id);
  }

  @PATCH
  @Path("suppliers/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Change a supplier; is_active false retires it")
  public SupplierView updateSupplier(@PathParam("id") UUID id, UpdateSupplier command) {
    return catalogue.updateSupplier(id, command);
  }

  @DELETE
  @Path("suppliers/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Delete a supplier nothing refers to (409 in-use otherwise: retire it)")
  public Response deleteSupplier(@PathParam("id") UUID id) {
    catalogue.deleteSupplier(id);
    return Response.noContent().build();
  }

  @POST
  @Path("categories")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Add a category")
  @APIResponseSchema(value = CategoryView.class, responseCode = "201")
  public Response createCategory(CreateCategory command) {
    CategoryView category = catalogue.createCategory(command);
    return Created.at(uri, "inventory/api/categories/{id}/", category.id(), category);
  }

  @GET
  @Path("categories")
  @Operation(summary = "Categories")
  public PageEnvelope<CategoryView> categories(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        catalogue.categories(ActiveFilter.of(isActive, includeInactive), page.toRequest()), uri);
  }

  @GET
  @Path("categories/{id}")
  @Operation(summary = "One category")
  public CategoryView category(@PathParam("id") UUID id) {
    return catalogue.category(id);
  }

  @PATCH
  @Path("categories/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Rename, move or retire (is_active false) a category")
  public CategoryView updateCategory(@PathParam("id") UUID id, UpdateCategory command) {
    return catalogue.updateCategory(id, command);
  }

  @DELETE
  @Path("categories/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(
      summary = "Delete a category no product or subcategory refers to (409 in-use otherwise)")
  public Response deleteCategory(@PathParam("id") UUID id) {
    catalogue.deleteCategory(id);
    return Response.noContent().build();
  }

  @POST
  @Path("products")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Add a product (prices come with stock)")
  @APIResponseSchema(value = ProductView.class, responseCode = "201")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "product",
                      summary = "A product with a barcode",
                      value =
                          "{\"sku\": \"RICE-5KG\", \"name\": \"Jasmine rice 5kg\", \"barcode\": \"600100200300\", \"reorder_level\": 3}")))
  public Response createProduct(CreateProduct command) {
    ProductView product = catalogue.createProduct(command);
    return Created.at(uri, "inventory/api/products/{id}/", product.id(), product);
  }

  @GET
  @Path("products")
  @Operation(summary = "Products; ?search= over SKU, name, barcode; ?updated_since= for sync")
  public PageEnvelope<ProductView> products(
      @QueryParam("search") String search,
      @QueryParam("updated_since") String updatedSince,
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        catalogue.products(
            search,
            QueryDates.from("updated_since", updatedSince),
            ActiveFilter.of(isActive, includeInactive),
            page.toRequest()),
        uri);
  }

  @GET
  @Path("products/{id}")
  @Operation(summary = "One product")
  public ProductView product(@PathParam("id") UUID id) {
    return catalogue.product(id);
  }

  @PATCH
  @Path("products/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Change a product; is_active false retires it (no more receipts or sales)")
  public ProductView updateProduct(@PathParam("id") UUID id, UpdateProduct command) {
    return catalogue.updateProduct(id, command);
  }

  @DELETE
  @Path("products/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Delete a product never stocked or sold (409 in-use otherwise: retire it)")
  public Response deleteProduct(@PathParam("id") UUID id) {
    catalogue.deleteProduct(id);
    return Response.noContent().build();
  }

  @GET
  @Path("products/by-barcode/{code}")
  @Operation(summary = "The product with that barcode")
  public ProductView byBarcode(@PathParam("code") String code) {
    return catalogue.byBarcode(code);
  }

  @GET
  @Path("products/by-sku/{sku}")
  @Operation(summary = "The product with that SKU")
  public ProductView bySku(@PathParam("sku") String sku) {
    return catalogue.bySku(sku);
  }

  @POST
  @Path("warehouses")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Add a warehouse")
  @APIResponseSchema(value = LocationView.class, responseCode = "201")
  public Response createWarehouse(CreateLocation command) {
    LocationView warehouse = locations.create(LocationType.WAREHOUSE, command);
    return Created.at(uri, "inventory/api/warehouses/{id}/", warehouse.id(), warehouse);
  }

  @GET
  @Path("warehouses")
  @Operation(summary = "Warehouses")
  public PageEnvelope<LocationView> warehouses(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        locations.list(
            LocationType.WAREHOUSE, ActiveFilter.of(isActive, includeInactive), page.toRequest()),
        uri);
  }

  @GET
  @Path("warehouses/{id}")
  @Operation(summary = "One warehouse")
  public LocationView warehouse(@PathParam("id") UUID id) {
    return locations.find(LocationType.WAREHOUSE, id);
  }

  @PATCH
  @Path("warehouses/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Change a warehouse; is_active false retires it")
  public LocationView updateWarehouse(@PathParam("id") UUID id, UpdateLocation command) {
    return locations.update(LocationType.WAREHOUSE, id, command);
  }

  @DELETE
  @Path("warehouses/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Delete a warehouse nothing refers to (409 in-use otherwise: retire it)")
  public Response deleteWarehouse(@PathParam("id") UUID id) {
    locations.delete(LocationType.WAREHOUSE, id);
    return Response.noContent().build();
  }

  @POST
  @Path("storefronts")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Add a storefront (optionally naming the warehouse that replenishes it)")
  @APIResponseSchema(value = LocationView.class, responseCode = "201")
  public Response createStorefront(CreateLocation command) {
    LocationView storefront = locations.create(LocationType.STOREFRONT, command);
    return Created.at(uri, "inventory/api/storefronts/{id}/", storefront.id(), storefront);
  }

  @GET
  @Path("storefronts")
  @Operation(summary = "Storefronts")
  public PageEnvelope<LocationView> storefronts(
      @QueryParam("is_active") String isActive,
      @QueryParam("include_inactive") String includeInactive,
      @BeanParam PageParams page) {
    return PageEnvelope.of(
        locations.list(
            LocationType.STOREFRONT, ActiveFilter.of(isActive, includeInactive), page.toRequest()),
        uri);
  }

  @GET
  @Path("storefronts/{id}")
  @Operation(summary = "One storefront")
  public LocationView storefront(@PathParam("id") UUID id) {
    return locations.find(LocationType.STOREFRONT, id);
  }

  @PATCH
  @Path("storefronts/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Change a storefront; is_active false retires it")
  public LocationView updateStorefront(@PathParam("id") UUID id, UpdateLocation command) {
    return locations.update(LocationType.STOREFRONT, id, command);
  }

  @DELETE
  @Path("storefronts/{id}")
  @Allow({Access.ADMIN, Access.MANAGER})
  @Operation(summary = "Delete a storefront nothing refers to (409 in-use otherwise: retire it)")
  public Response deleteStorefront(@PathParam("id") UUID id) {
    locations.delete(LocationType.STOREFRONT, id);
    return Response.noContent().build();
  }
}
