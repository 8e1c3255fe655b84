package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.CategoryView;
import app.pos.inventory.boundary.Views.ProductView;
import app.pos.inventory.boundary.Views.SupplierView;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.entity.Category;
import app.pos.inventory.entity.Product;
import app.pos.inventory.entity.Supplier;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.PatchFields;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SearchTerm;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Categories and products. */
@Stateless
public class Catalogue {

  @Inject TenantStore store;
  @Inject StockBook stock;
  @Inject Event<QuotaUse> quota;

  @Audited(value = "category.created", entity = "Category")
  public CategoryView createCategory(CreateCategory command) {
    String name = command.name.trim();
    if (!store.list(Category.class, "e.name = :name", Map.of("name", name), null).isEmpty()) {
      throw new InvalidInputException("name", "a category with this name exists");
    }
    if (command.parentId != null
        && store.findOptional(Category.class, command.parentId).isEmpty()) {
      throw new InvalidInputException("parent_id", "is not a category of this business");
    }
    return CategoryView.of(store.persist(new Category(name, command.parentId)));
  }

  @Audited(value = "supplier.created", entity = "Supplier")
  public SupplierView createSupplier(CreateSupplier command) {
    String name = command.name.trim();
    if (!store.list(Supplier.class, "e.name = :name", Map.of("name", name), null).isEmpty()) {
      throw new InvalidInputException("name", "a supplier with this name exists");
    }
    return SupplierView.of(store.persist(new Supplier(name, command.email, command.phone)));
  }

  public Page<SupplierView> suppliers(PageRequest page) {
    return suppliers(ActiveFilter.ACTIVE, page);
  }

  public Page<SupplierView> suppliers(ActiveFilter active, PageRequest page) {
    return store
        .page(Supplier.class, active.jpql(), Map.of(), "e.name, e.id", page)
        .map(SupplierView::of);
  }

  public SupplierView supplier(UUID id) {
    return SupplierView.of(store.find(Supplier.class, id));
  }

  @Audited(value = "supplier.updated", entity = "Supplier")
  public SupplierView updateSupplier(UUID id, UpdateSupplier command) {
    Supplier supplier = store.find(Supplier.class, id);
    PatchFields.requireAny(
        command,
        "name, email, phone, is_active",
        command.name,
        command.email,
        command.phone,
        command.isActive);
    String name = command.name == null ? null : command.name.trim();
    if (name != null
        && !name.equals(supplier.getName())
        && !store.list(Supplier.class, "e.name = :name", Map.of("name", name), null).isEmpty()) {
      throw new InvalidInputException("name", "a supplier with this name exists");
    }
    supplier.change(
        name,
        command.clears("email") ? "" : command.email,
        command.clears("phone") ? "" : command.phone);
    if (command.isActive != null) {
      supplier.setActive(command.isActive);
    }
    return SupplierView.of(supplier);
  }

  @Audited(value = "supplier.deleted", entity = "Supplier")
  public void deleteSupplier(UUID id) {
    store.delete(store.find(Supplier.class, id), "Supplier");
  }

  public Page<CategoryView> categories(PageRequest page) {
    return categories(ActiveFilter.ACTIVE, page);
  }

  public Page<CategoryView> categories(ActiveFilter active, PageRequest page) {
    return store
        .page(Category.class, active.jpql(), Map.of(), "e.name, e.id", page)
        .map(CategoryView::of);
  }

  public CategoryView category(UUID id) {
    return CategoryView.of(store.find(Category.class, id));
  }

  @Audited(value = "category.updated", entity = "Category")
  public CategoryView updateCategory(UUID id, UpdateCategory command) {
    Category category = store.find(Category.class, id);
    PatchFields.requireAny(
        "name, parent_id, is_active", command.name, command.parentId, command.isActive);
    if (command.name != null) {
      String name = command.name.trim();
      if (!name.equals(category.getName())
          && !store.list(Category.class, "e.name = :name", Map.of("name", name), null).isEmpty()) {
        throw new InvalidInputException("name", "a category with this name exists");
      }
      category.rename(name);
    }
    if (command.parentId != null) {
      // walk up from the new parent: meeting this category would make a cycle
      UUID at = command.parentId;
      for (int depth = 0; at != null; depth++) {
        if (at.equals(id) || depth > 100) {
          throw new InvalidInputException(
              "parent_id", "cannot be the category itself or one of its subcategories");
        }
        at =
            store
                .findOptional(Category.class, at)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "parent_id", "is not a category of this business"))
                .getParentId();
      }
      category.moveUnder(command.parentId);
    }
    if (command.isActive != null) {
      category.setActive(command.isActive);
    }
    return CategoryView.of(category);
  }

  @Audited(value = "category.deleted", entity = "Category")
  public void deleteCategory(UUID id) {
    store.delete(store.find(Category.class, id), "Category");
  }

  @Audited(value = "product.created", entity = "Product")
  public ProductView createProduct(CreateProduct command) {
    quota.fire(QuotaUse.PRODUCT);
    String sku = command.sku.trim();
    if (!store.list(Product.class, "e.sku = :sku", Map.of("sku", sku), null).isEmpty()) {
      throw new InvalidInputException("sku", "a product with this SKU exists");
    }
    String barcode =
        command.barcode == null || command.barcode.isBlank() ? null : command.barcode.trim();
    if (barcode != null
        && !store
            .list(Product.class, "e.barcode = :code", Map.of("code", barcode), null)
            .isEmpty()) {
      throw new InvalidInputException("barcode", "a product with this barcode exists");
    }
    if (command.categoryId != null
        && store.findOptional(Category.class, command.categoryId).isEmpty()) {
      throw new InvalidInputException("category_id", "is not a category of this business");
    }
    Product product =
        new Product(
            sku,
            command.name.trim(),
            barcode,
            command.unit == null || command.unit.isBlank() ? "unit" : command.unit.trim(),
            command.categoryId,
            command.reorderLevel == null ? BigDecimal.ZERO : command.reorderLevel,
            command.taxRate);
    return ProductView.of(store.persist(product));
  }

  @Audited(value = "product.updated", entity = "Product")
  public ProductView updateProduct(UUID id, UpdateProduct command) {
    Product product = store.find(Product.class, id);
    PatchFields.requireAny(
        command,
        "sku, name, barcode, unit, category_id, reorder_level, tax_rate, is_active",
        command.sku,
        command.name,
        command.barcode,
        command.unit,
        command.categoryId,
        command.reorderLevel,
        command.taxRate,
        command.isActive);
    String sku = command.sku == null ? null : command.sku.trim();
    if (sku != null
        && !sku.equals(product.getSku())
        && !store.list(Product.class, "e.sku = :sku", Map.of("sku", sku), null).isEmpty()) {
      throw new InvalidInputException("sku", "a product with this SKU exists");
    }
    String barcode =
        command.barcode != null ? command.barcode.trim() : command.clears("barcode") ? "" : null;
    if (barcode != null
        && !barcode.isEmpty()
        && !barcode.equals(product.getBarcode())
        && !store
            .list(Product.class, "e.barcode = :code", Map.of("code", barcode), null)
            .isEmpty()) {
      throw new InvalidInputException("barcode", "a product with this barcode exists");
    }
    if (command.categoryId != null
        && store.findOptional(Category.class, command.categoryId).isEmpty()) {
      throw new InvalidInputException("category_id", "is not a category of this business");
    }
    if (command.reorderLevel != null
        && command.reorderLevel.compareTo(product.getReorderLevel()) != 0) {
      stock.thresholdChanged(id); // its alerts are checked again against the new level
    }
    product.change(
        sku,
        command.name == null ? null : command.name.trim(),
        barcode,
        command.unit == null ? null : command.unit.trim(),
        command.categoryId,
        command.reorderLevel,
        command.taxRate);
    if (command.clears("category_id")) {
      product.uncategorize();
    }
    if (command.isActive != null) {
      product.setActive(command.isActive);
    }
    store.flush();
    return ProductView.of(product);
  }

  @Audited(value = "product.deleted", entity = "Product")
  public void deleteProduct(UUID id) {
    store.delete(store.find(Product.class, id), "Product");
  }

  /** Products, optionally matching {@code search} in SKU, name or barcode, or changed since. */
  @ReadsReplica
  public Page<ProductView> products(String search, Instant updatedSince, PageRequest page) {
    return products(search, updatedSince, ActiveFilter.ACTIVE, page);
  }

  /** As {@link #products(String, Instant, PageRequest)}, active, retired or both. */
  @ReadsReplica
  public Page<ProductView> products(
      String search, Instant updatedSince, ActiveFilter active, PageRequest page) {
    if (search != null && !search.isBlank()) {
      return search(search, updatedSince, active, page);
    }
    Conditions where =
        new Conditions()
            .and("e.updatedAt >= :since", "since", updatedSince)
            .and(active.jpql(), active == ActiveFilter.ALL ? null : Map.of());
    return store
        .page(Product.class, where.where(), where.params(), "e.name, e.id", page)
        .map(ProductView::of);
  }

  /**
   * A search in SKU, name (both case-insensitive, anywhere in the text) or barcode (exact) reads
   * its matches once: one statement answers the page's ids and, as a window count over the same
   * trigram scan, how many match in all, where a count and a page would scan them twice (the
   * costlier half of a search over a large catalogue). Same order as the unfiltered list.
   */
  private Page<ProductView> search(
      String search, Instant updatedSince, ActiveFilter active, PageRequest page) {
    List<Object> values = new ArrayList<>(List.of(SearchTerm.containing(search), search.trim()));
    StringBuilder matching =
        new StringBuilder(
            " FROM inv_product p WHERE p.business_id = ?1"
                + " AND (lower(p.name) LIKE ?2 OR lower(p.sku) LIKE ?2 OR p.barcode = ?3)");
    if (updatedSince != null) {
      values.add(java.sql.Timestamp.from(updatedSince));
      matching.append(" AND p.updated_at >= ?").append(values.size() + 1);
    }
    matching.append(
        switch (active) {
          case ACTIVE -> " AND p.is_active";
          case INACTIVE -> " AND NOT p.is_active";
          case ALL -> "";
        });
    List<Object> pageValues = new ArrayList<>(values);
    pageValues.add(page.pageSize());
    pageValues.add(page.offset());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        bound(
                "SELECT p.id, count(*) OVER ()"
                    + matching
                    + " ORDER BY p.name, p.id LIMIT ?"
                    + (values.size() + 2)
                    + " OFFSET ?"
                    + (values.size() + 3),
                pageValues)
            .getResultList();
    List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
    if (ids.isEmpty()) {
      // past the last page no row carries the count: count apart (a page nobody lands on often)
      long count =
          page.offset() == 0
              ? 0
              : ((Number) bound("SELECT count(*)" + matching, values).getSingleResult())
                  .longValue();
      return new Page<>(count, page, List.of());
    }
    Map<UUID, Product> byId = new HashMap<>();
    store
        .read(Product.class, "e.id IN :ids", Map.of("ids", ids), null)
        .forEach(p -> byId.put(p.getId(), p));
    return new Page<>(
        ((Number) rows.get(0)[1]).longValue(),
        page,
        ids.stream().map(byId::get).map(ProductView::of).toList());
  }

  /** Native SQL of this business with its further parameters bound from ?2 on. */
  private Query bound(String sql, List<Object> values) {
    Query query = store.nativeQuery(sql);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 2, values.get(i));
    }
    return query;
  }

  public ProductView product(UUID id) {
    return ProductView.of(store.find(Product.class, id));
  }

  @ReadsReplica
  public ProductView byBarcode(String barcode) {
    return one("e.barcode = :v", barcode, "Product with barcode");
  }

  public ProductView bySku(String sku) {
    return one("e.sku = :v", sku, "Product with SKU");
  }

  private ProductView one(String where, String value, String what) {
    List<Product> found = store.list(Product.class, where, Map.of("v", value), null);
    if (found.isEmpty()) {
      throw new ResourceNotFoundException(what, value);
    }
    return ProductView.of(found.get(0));
  }
}
