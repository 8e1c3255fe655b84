package app.pos.setup.control;

import app.pos.accounts.boundary.CreateUser;
import app.pos.accounts.boundary.EmailAlreadyRegisteredException;
import app.pos.accounts.boundary.RegisterBusiness;
import app.pos.accounts.boundary.Registrations;
import app.pos.accounts.boundary.SignedIn;
import app.pos.accounts.boundary.Users;
import app.pos.inventory.boundary.Catalogue;
import app.pos.inventory.boundary.CreateLocation;
import app.pos.inventory.boundary.CreateProduct;
import app.pos.inventory.boundary.GoodsReceipts;
import app.pos.inventory.boundary.Locations;
import app.pos.inventory.boundary.ReceiveGoods;
import app.pos.inventory.boundary.RequestTransfer;
import app.pos.inventory.boundary.Transfers;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.DomainException;
import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.TenantJob;
import app.pos.platform.entity.Role;
import app.pos.sales.boundary.Checkout;
import app.pos.sales.boundary.CreateCustomer;
import app.pos.sales.boundary.CustomerView;
import app.pos.sales.boundary.Customers;
import app.pos.sales.boundary.Refunds;
import app.pos.sales.boundary.RequestRefund;
import app.pos.sales.boundary.SaleView;
import app.pos.sales.boundary.Sales;
import app.pos.sales.boundary.Tender;
import app.pos.sales.entity.CustomerType;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.SaleType;
import app.pos.subscriptions.boundary.Plans;
import app.pos.subscriptions.boundary.Subscriptions;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * seed-demo-data: businesses a newcomer can look around in, made through the same use cases the API
 * calls (so the books balance): an owner (password {@value #PASSWORD}) on a complimentary Business
 * plan, staff, warehouses and storefronts, received stock, transfers, customers, cash, card, split
 * and credit sales, refunds and payments on account. A fixed seed gives the same data.
 */
@Named("demoDataJob")
@Dependent
public class DemoDataJob extends TenantJob {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "seed-demo-data",
          "Demo businesses with staff, locations, stock, transfers, customers, sales, refunds,"
              + " credit and paid subscriptions, all through the product's own use cases",
          true,
          List.of(
              Parameter.of("owners", "integer", false, "3", "businesses to create (1-20)"),
              Parameter.of("max_warehouses", "integer", false, "2", "warehouses each (1-5)"),
              Parameter.of(
                  "max_storefronts",
                  "integer",
                  false,
                  "2",
                  "at most so many storefronts each (1-50)"),
              Parameter.of(
                  "storefronts",
                  "integer",
                  false,
                  null,
                  "exactly so many storefronts each (1-50; instead of max_storefronts)"),
              Parameter.of("sales", "integer", false, "20", "sales per storefront (0-200)"),
              Parameter.of("seed", "integer", false, "42", "random seed: same seed, same data")));

  public static final String PASSWORD = "DemoPass123!";

  /** The most storefronts a demo business gets. */
  static final int MAX_STOREFRONTS = 50;

  /** The Business plan's storefront limit: more need the Enterprise plan. */
  static final int BUSINESS_PLAN_STOREFRONTS = 10;

  private static final Logger LOG = Logger.getLogger(DemoDataJob.class.getName());

  /** sku, name, tax rate %, unit cost, retail, wholesale. */
  private static final String[][] PRODUCTS = {
    {"RICE-5KG", "Jasmine rice 5kg", "0", "12.00", "20.00", "17.50"},
    {"OIL-1L", "Palm oil 1l", "0", "7.50", "10.00", "9.00"},
    {"SUGAR-1KG", "Cane sugar 1kg", "0", "2.10", "3.50", "3.00"},
    {"SOAP-BAR", "Soap bar", "15", "0.80", "1.50", "1.20"},
    {"MILK-400G", "Powdered milk 400g", "0", "4.20", "6.50", "5.80"},
    {"TEA-100", "Black tea, 100 bags", "15", "2.75", "4.99", "4.20"},
    {"DETERGENT-2KG", "Washing powder 2kg", "15", "5.40", "8.99", "7.80"},
    {"WATER-1.5L", "Mineral water 1.5l", "15", "0.35", "0.80", "0.60"}
  };

  @Inject Registrations registrations;
  @Inject Subscriptions subscriptions;
  @Inject Plans plans;
  @Inject Users users;
  @Inject Locations locations;
  @Inject Catalogue catalogue;
  @Inject GoodsReceipts receipts;
  @Inject Transfers transfers;
  @Inject Customers customers;
  @Inject Sales sales;
  @Inject Refunds refunds;

  /** One demo business. */
  public record Business(
      UUID businessId, String name, String ownerEmail, int storefronts, int sales, int refunds) {}

  public record Outcome(String password, int created, int skipped, List<Business> businesses) {}

  @Override
  protected Result work(Properties parameters, Progress progress) {
    int owners = bounded(parameters, "owners", 3, 1, 20);
    int maxWarehouses = bounded(parameters, "max_warehouses", 2, 1, 5);
    int maxStorefronts = bounded(parameters, "max_storefronts", 2, 1, MAX_STOREFRONTS);
    Integer exactStorefronts =
        parameters.getProperty("storefronts") == null
            ? null
            : bounded(parameters, "storefronts", 1, 1, MAX_STOREFRONTS);
    int salesEach = bounded(parameters, "sales", 20, 0, 200);
    long seed = Long.parseLong(parameters.getProperty("seed", "42"));
    UUID platformOwner =
        parameters.getProperty("startedBy") == null
            ? null
            : UUID.fromString(parameters.getProperty("startedBy"));
    Random random = new Random(seed);
    List<Business> made = new ArrayList<>();
    int skipped = 0;
    progress.done(0, owners);
    for (int i = 1; i <= owners; i++) {
      String email = "owner" + i + "@demo" + seed + ".pos";
      RegisterBusiness registration = new RegisterBusiness();
      registration.businessName = "Demo Mart " + i + " (seed " + seed + ")";
      registration.email = email;
      registration.password = PASSWORD;
      registration.firstName = "Demo";
      registration.lastName = "Owner " + i;
      SignedIn owner;
      try {
        owner = registrations.register(registration);
      } catch (EmailAlreadyRegisteredException e) {
        skipped++;
        progress.done(i, owners);
        continue; // this seed's business i exists already: running again adds nothing twice
      }
      UUID business = owner.business().id();
      // drawn in this order as before, so a seed gives the same businesses it always gave
      int warehouseCount = 1 + random.nextInt(maxWarehouses);
      int storefrontCount =
          exactStorefronts != null ? exactStorefronts : 1 + random.nextInt(maxStorefronts);
      // the platform owner who started the job grants the plan (one with room for them all); the
      // owner does the rest
      tenant.bind(business, platformOwner, Role.ADMIN, true);
      subscriptions.grantComplimentary(
          plans.idOf(storefrontCount > BUSINESS_PLAN_STOREFRONTS ? "enterprise" : "business"));
      tenant.bind(business, owner.user().id(), Role.ADMIN, false);
      made.add(
          seedBusiness(
              business,
              registration.businessName,
              email,
              random,
              warehouseCount,
              storefrontCount,
              salesEach));
      progress.done(i, owners);
    }
    return new Result(new Outcome(PASSWORD, made.size(), skipped, made), null);
  }

  private Business seedBusiness(
      UUID business,
      String name,
      String email,
      Random random,
      int warehouseCount,
      int storefrontCount,
      int salesEach) {
    List<UUID> warehouses = new ArrayList<>();
    for (int w = 1; w <= warehouseCount; w++) {
      CreateLocation location = new CreateLocation();
      location.name = "Warehouse " + w;
      location.address = w + " Industrial Road";
      warehouses.add(locations.create(LocationType.WAREHOUSE, location).id());
    }
    List<UUID> storefronts = new ArrayList<>();
    for (int s = 1; s <= storefrontCount; s++) {
      CreateLocation location = new CreateLocation();
      location.name = "Storefront " + s;
      location.address = s + " High Street";
      location.warehouseId = warehouses.get(0);
      storefronts.add(locations.create(LocationType.STOREFRONT, location).id());
    }
    staff(email, "manager", Role.MANAGER, List.of());
    staff(email, "cashier", Role.CASHIER, storefronts);
    staff(email, "stock", Role.WAREHOUSE_STAFF, List.of());

    List<UUID> products = new ArrayList<>();
    for (String[] p : PRODUCTS) {
      CreateProduct product = new CreateProduct();
      product.sku = p[0];
      product.name = p[1];
      product.taxRate = new BigDecimal(p[2]);
      product.reorderLevel = new BigDecimal("10");
      products.add(catalogue.createProduct(product).id());
    }
    for (UUID warehouse : warehouses) {
      ReceiveGoods receipt = new ReceiveGoods();
      receipt.warehouseId = warehouse;
      receipt.supplier = "Acme Wholesale";
      receipt.reference = "DEMO-" + warehouse.toString().substring(0, 8);
      receipt.items = new ArrayList<>();
      for (int k = 0; k < PRODUCTS.length; k++) {
        ReceiveGoods.Item item = new ReceiveGoods.Item();
        item.productId = products.get(k);
        item.quantity = BigDecimal.valueOf(receivedUnits(random, storefrontCount));
        item.unitCost = new BigDecimal(PRODUCTS[k][3]);
        item.retailPrice = new BigDecimal(PRODUCTS[k][4]);
        item.wholesalePrice = new BigDecimal(PRODUCTS[k][5]);
        receipt.items.add(item);
      }
      receipts.receive(receipt);
    }
    for (UUID storefront : storefronts) {
      RequestTransfer transfer = new RequestTransfer();
      transfer.fromWarehouseId = warehouses.get(0);
      transfer.toStorefrontId = storefront;
      transfer.items = new ArrayList<>();
      for (UUID product : products) {
        RequestTransfer.Item item = new RequestTransfer.Item();
        item.productId = product;
        item.quantity = BigDecimal.valueOf(transferredUnits(random));
        transfer.items.add(item);
      }
      transfers.complete(transfers.request(transfer).id());
    }
    List<UUID> creditCustomers = new ArrayList<>();
    String[] names = {"Ama Mensah", "Kofi Boateng", "Corner Shop Ltd", "Hotel Riviera"};
    for (int c = 0; c < names.length; c++) {
      CreateCustomer customer = new CreateCustomer();
      customer.name = names[c];
      customer.customerType = c < 2 ? CustomerType.RETAIL : CustomerType.WHOLESALE;
      customer.creditLimit = c < 2 ? BigDecimal.ZERO : new BigDecimal("2000");
      customer.phone = "+1 555 01" + c + random.nextInt(10) + random.nextInt(10);
      CustomerView view = customers.create(customer);
      if (c >= 2) {
        creditCustomers.add(view.id());
      }
    }

    int sold = 0;
    int refunded = 0;
    for (UUID storefront : storefronts) {
      for (int n = 0; n < salesEach; n++) {
        try {
          SaleView sale = sell(storefront, products, creditCustomers, random, n);
          sold++;
          if (n % 7 == 6) {
            RequestRefund refund = new RequestRefund();
            refund.saleId = sale.id();
            refund.reason = "Customer returned it";
            refund.restock = true;
            RequestRefund.Item item = new RequestRefund.Item();
            item.saleItemId = sale.items().get(0).id();
            item.quantity = BigDecimal.ONE;
            refund.items = List.of(item);
            refunds.refund(refund);
            refunded++;
          }
        } catch (DomainException refused) {
          // a demo shop runs out of things now and then, as real ones do
          LOG.fine(() -> "demo sale refused: " + refused.getMessage());
        }
      }
    }
    for (UUID customer : creditCustomers) {
      BigDecimal owed = customers.find(customer).outstandingBalance();
      if (owed.signum() > 0) {
        Tender payment = new Tender();
        payment.method = PaymentMethod.BANK_TRANSFER;
        payment.amount =
            owed.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
        payment.reference = "DEMO-PAY";
        customers.pay(customer, payment);
      }
    }
    return new Business(business, name, email, storefronts.size(), sold, refunded);
  }

  private SaleView sell(
      UUID storefront, List<UUID> products, List<UUID> creditCustomers, Random random, int n) {
    Checkout checkout = new Checkout();
    checkout.storefrontId = storefront;
    checkout.items = new ArrayList<>();
    int lines = 1 + random.nextInt(3);
    List<UUID> chosen = new ArrayList<>(products);
    java.util.Collections.shuffle(chosen, random);
    for (int l = 0; l < lines; l++) {
      Checkout.Item item = new Checkout.Item();
      item.productId = chosen.get(l);
      item.quantity = BigDecimal.valueOf(1 + random.nextInt(3));
      if (random.nextInt(10) == 0) {
        item.discountPercent = BigDecimal.TEN;
      }
      checkout.items.add(item);
    }
    boolean credit = n % 5 == 4 && !creditCustomers.isEmpty();
    if (credit) {
      checkout.saleType = SaleType.WHOLESALE;
      checkout.customerId = creditCustomers.get(random.nextInt(creditCustomers.size()));
    }
    // price the sale first (pending), then pay it as a till would: the total is known then
    SaleView pending = sales.checkout(checkout);
    BigDecimal total = pending.total();
    if (n % 11 == 10) {
      return sales.cancel(pending.id());
    }
    if (credit) {
      pay(pending.id(), PaymentMethod.CREDIT, total);
    } else if (n % 3 == 1) {
      pay(pending.id(), PaymentMethod.CARD, total);
    } else if (n % 3 == 2 && total.compareTo(BigDecimal.ONE) > 0) {
      BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
      pay(pending.id(), PaymentMethod.MOBILE_MONEY, half);
      pay(pending.id(), PaymentMethod.CASH, total.subtract(half));
    } else {
      // cash, rounded up to the next 10: the till gives change
      BigDecimal tendered =
          total.divide(BigDecimal.TEN, 0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
      pay(pending.id(), PaymentMethod.CASH, tendered.max(total));
    }
    return sales.find(pending.id());
  }

  private void pay(UUID sale, PaymentMethod method, BigDecimal amount) {
    Tender tender = new Tender();
    tender.method = method;
    tender.amount = amount;
    sales.pay(sale, tender);
  }

  private void staff(String ownerEmail, String who, Role role, List<UUID> storefronts) {
    CreateUser user = new CreateUser();
    user.email = who + "." + ownerEmail;
    user.password = PASSWORD;
    user.firstName = who.substring(0, 1).toUpperCase() + who.substring(1);
    user.lastName = "Demo";
    user.role = role;
    user.storefrontIds = storefronts;
    users.create(user);
  }

  /** Units of a product a storefront's opening transfer asks the main warehouse for: 40 to 69. */
  static int transferredUnits(Random random) {
    return 40 + random.nextInt(30);
  }

  /**
   * Units of a product a warehouse receives: every storefront's opening transfer at its largest,
   * and 200 to 399 left over for the warehouse's own sales.
   */
  static int receivedUnits(Random random, int storefronts) {
    return 69 * storefronts + 200 + random.nextInt(200);
  }

  private static int bounded(Properties p, String name, int fallback, int min, int max) {
    int value = Integer.parseInt(p.getProperty(name, String.valueOf(fallback)));
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be from " + min + " to " + max);
    }
    return value;
  }
}
