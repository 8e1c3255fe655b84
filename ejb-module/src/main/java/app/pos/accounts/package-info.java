/**
 * Accounts: businesses (the tenants), the people who sign in and their memberships (staff), sign-in
 * and tokens.
 *
 * <p><b>Owns</b> {@code acc_business}, {@code acc_person} (address and password), {@code acc_user}
 * (a person's membership in one business), {@code acc_user_profile}, {@code acc_user_storefront},
 * {@code acc_revoked_token}, {@code acc_one_time_token} (mailed links' tokens, hashed), {@code
 * acc_invitation}, {@code acc_invitation_storefront}, {@code acc_sign_up}.
 *
 * <p><b>Offers</b> (boundary) {@code Registrations} (register and the enumeration-safe sign-up),
 * {@code SignIns} (with switching business and the memberships list), {@code Invitations}, {@code
 * Callers} (a token's caller), {@code Users} (with temporary passwords and reset links), {@code
 * PasswordResets}, {@code EmailVerifications}, {@code Profiles}, {@code Businesses} (settings),
 * {@code PlatformOwnerPromotion}, {@code Throttle}; public controls {@link
 * app.pos.accounts.control.AccessTokens} (issuing and verifying tokens, used by the web layer's
 * authentication filter) and {@link app.pos.accounts.control.RecentCallers} (tokens authenticated
 * in the last seconds, which the filter looks up before calling {@code Callers}).
 *
 * <p><b>Publishes</b> {@link app.pos.platform.control.BusinessRegistered} (observed by bookkeeping,
 * sales and subscriptions), {@code UserCreated} (observed here by {@code WelcomeMail}, after
 * commit), {@code AccountMail.Message} (observed here by {@code AccountMail}: templated mail after
 * commit), {@link app.pos.platform.control.QuotaUse} for users. <b>Observes</b> {@code
 * UserCreated}, {@code AccountMail.Message}.
 *
 * <p><b>Uses</b> inventory's {@code Locations} (a cashier's storefronts must exist).
 */
@PublicControls({AccessTokens.class, RecentCallers.class})
package app.pos.accounts;

import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.RecentCallers;
import app.pos.platform.control.PublicControls;
