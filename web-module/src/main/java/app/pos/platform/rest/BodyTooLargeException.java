package app.pos.platform.rest;

/** The request body passed the configured limit; answered 413 before the body is used. */
public class BodyTooLargeException extends RuntimeException {

  public BodyTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes");
  }
}
