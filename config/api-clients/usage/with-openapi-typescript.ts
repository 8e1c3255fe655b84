// A few calls written against the types openapi-typescript generates: they must compile.
import type { components, paths } from "./openapi-typescript/schema";

type Sale = components["schemas"]["SaleView"];
type SalesPage =
  paths["/sales/api/sales/"]["get"]["responses"]["200"]["content"]["application/json"];
type NewSale = NonNullable<
  paths["/sales/api/sales/"]["post"]["requestBody"]
>["content"]["application/json"];

export function receiptNumbers(page: SalesPage): string[] {
  return page.results.map((sale: Sale) => sale.receipt_number ?? "");
}

export function cashSale(storefrontId: string, productId: string): NewSale {
  return {
    storefront_id: storefrontId,
    items: [{ product_id: productId, quantity: 2 }],
    payments: [{ method: "CASH", amount: "20.00" }],
  };
}
