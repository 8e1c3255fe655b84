// A sign-in and a sale through the client openapi-generator's typescript-fetch makes: it must
// compile.
import { AccountsApi, Configuration, SalesApi } from "./typescript-fetch";

export async function ringUp(base: string, email: string, password: string) {
  const signedIn = await new AccountsApi(new Configuration({ basePath: base })).login({
    signIn: { email, password },
  });
  const config = new Configuration({ basePath: base, accessToken: signedIn.token ?? "" });
  const sales = new SalesApi(config);
  const page = await sales.listSales({ page: 1, pageSize: 20 });
  return page.results.length;
}
