/**
 * Accounts: businesses (the tenants), their staff, sign-in and tokens.
 *
 * <p><b>Owns</b> {@code acc_business}, {@code acc_user}, {@code acc_user_profile}, {@code
 * acc_user_storefront}, {@code acc_revoked_token}, {@code acc_one_time_token} (mailed links'
 * tokens, hashed).
 *
 * <p><b>Offers</b> (boundary) {@code Registrations} (sign-up), {@code SignIns}, {@code Callers} (a
 * token's caller), {@code Users} (with temporary passwords and reset links), {@code
 * PasswordResets}, {@code EmailVerifications}, {@code Profiles}, {@code Businesses} (settings),
 * {@code PlatformOwnerPromotion}, {@code Throttle}; public control {@link
 * app.pos.accounts.control.AccessTokens} (issuing and verifying tokens, used by the web layer's
 * authentication filter).
 *
 * <p><b>Publishes</b> {@link app.pos.platform.control.BusinessRegistered} (observed by bookkeeping,
 * sales and subscriptions), {@code UserCreated} (observed here by {@code WelcomeMail}, after
 * commit), {@code AccountMail.Message} (observed here by {@code AccountMail}: templated mail after
 * commit), {@link app.pos.platform.control.QuotaUse} for users. <b>Observes</b> {@code
 * UserCreated}, {@code AccountMail.Message}.
 *
 * <p><b>Uses</b> inventory's {@code Locations} (a cashier's storefronts must exist).
 */
@PublicControls(AccessTokens.class)
package app.pos.accounts;

import app.pos.accounts.control.AccessTokens;
import app.pos.platform.control.PublicControls;
