/**
 * Subscriptions: plans, a business's subscription, invoices, payment gateways and plan limits.
 *
 * <p><b>Owns</b> {@code sub_plan}, {@code sub_subscription}, {@code sub_invoice}, {@code
 * sub_invoice_line}, {@code sub_payment}, {@code sub_gateway_config}, {@code sub_webhook_event}.
 *
 * <p><b>Offers</b> (boundary) {@code Plans}, {@code Subscriptions}, {@code SubscriptionLifecycle},
 * {@code SubscriptionSetup}, {@code GatewaySettings}, {@code PaymentWebhooks}.
 *
 * <p><b>Observes</b> {@link app.pos.platform.control.BusinessRegistered} ({@code
 * TrialOnRegistration}: the trial, in the registration's transaction) and {@link
 * app.pos.platform.control.QuotaUse} ({@code PlanLimits}: refuses a create beyond the plan,
 * counting through every component's {@code QuotaCounter}). <b>Publishes</b> {@code
 * SubscriptionMail.Message} (observed here, after commit).
 */
package app.pos.subscriptions;
