package app.pos.platform.control;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, for the audit trail and throttling. */
@RequestScoped
public class RequestOrigin {

  private String ipAddress;
  private String userAgent;

  public void set(String ipAddress, String userAgent) {
    this.ipAddress = ipAddress;
    this.userAgent =
        userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
  }

  public String ipAddress() {
    return ipAddress;
  }

  public String userAgent() {
    return userAgent;
  }
}
