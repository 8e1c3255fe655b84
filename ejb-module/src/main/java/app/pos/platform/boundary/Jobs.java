package app.pos.platform.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.entity.Role;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The jobs API: which jobs a caller may run, starting one (202), and following its run. Platform
 * jobs are the platform owner's; business jobs are run by a business's ADMIN for that business
 * only: the business is set here from the caller, never taken from the parameters.
 */
@Stateless
public class Jobs {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject CurrentTenant tenant;
  @Inject JobRuns runs;
  @Inject app.pos.platform.control.JobSecrets jobSecrets;
  @Inject Instance<JobStarter> starters;
  @Inject app.pos.platform.control.BusinessName businessName;

  /** Each component offers its own jobs (a {@code JobDefinition} producer next to the job). */
  @Inject Instance<JobDefinition> offered;

  /** A job with the caller's recent runs of it. */
  public record JobView(
      String name,
      String description,
      String scope,
      boolean mayRun,
      List<Parameter> parameters,
      List<ExecutionView> recentExecutions) {

    /** The same job with its runs' links absolute under {@code base}. */
    public JobView at(java.net.URI base) {
      return new JobView(
          name,
          description,
          scope,
          mayRun,
          parameters,
          recentExecutions.stream().map(r -> r.at(base)).toList());
    }
  }

  /**
   * A run as the API shows it. {@code id} and {@code execution_id} are the same id, the one {@code
   * GET /admin/api/jobs/executions/{id}/} takes; {@code batch_execution_id} is the batch runtime's
   * own number (for its logs). Links are relative to the API's base until {@link #at} makes them
   * absolute.
   */
  public record ExecutionView(
      UUID id,
      UUID executionId,
      String name,
      String jobName,
      Long batchExecutionId,
      BatchStatus status,
      Progress progress,
      int itemsDone,
      Integer itemsTotal,
      Integer percent,
      Map<String, String> parameters,
      LocalDate periodStart,
      LocalDate periodEnd,
      UUID startedBy,
      String startedByName,
      Instant startedAt,
      Instant endedAt,
      String exitStatus,
      String result,
      String resultUrl,
      String csvUrl,
      String csvFilename,
      String url) {

    /** The same run with its links absolute under {@code base} (the API's public base URL). */
    public ExecutionView at(java.net.URI base) {
      return new ExecutionView(
          id,
          executionId,
          name,
          jobName,
          batchExecutionId,
          status,
          progress,
          itemsDone,
          itemsTotal,
          percent,
          parameters,
          periodStart,
          periodEnd,
          startedBy,
          startedByName,
          startedAt,
          endedAt,
          exitStatus,
          result == null ? null : base.resolve(result).toString(),
          resultUrl == null ? null : base.resolve(resultUrl).toString(),
          csvUrl == null ? null : base.resolve(csvUrl).toString(),
          csvFilename,
          url == null ? null : base.resolve(url).toString());
    }
  }

  /** How far a run is: items done of total (total unknown until the job knows it). */
  public record Progress(int itemsDone, Integer itemsTotal, Integer percent) {}

  /** The path of a run under the API's base. */
  public static String executionPath(UUID run) {
    return "admin/api/jobs/executions/" + run + "/";
  }

  /** The jobs on offer: platform jobs first, then by name. */
  List<JobDefinition> catalogueDefinitions() {
    return offered.stream()
        .sorted(
            Comparator.comparing((JobDefinition j) -> !j.platform())
                .thenComparing(JobDefinition::name))
        .toList();
  }

  public List<JobView> catalogue() {
    boolean superuser = tenant.isSuperuser();
    return catalogueDefinitions().stream()
        .filter(j -> superuser || !j.platform())
        .map(
            j ->
                new JobView(
                    j.name(),
                    j.description(),
                    j.platform() ? "PLATFORM" : "BUSINESS",
                    mayRun(j),
                    j.parameters(),
                    runs.recent(j.name(), j.platform() ? null : tenant.businessId(), 5).stream()
                        .map(this::current)
                        .map(this::view)
                        .toList()))
        .toList();
  }

  /** Starts a job: 202 with the run, whose id the caller follows. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(value = "job.started", entity = "JobRun")
  public ExecutionView start(String name, Map<String, Object> given) {
    JobDefinition definition =
        catalogueDefinitions().stream()
            .filter(j -> j.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new ResourceNotFoundException("Job", name));
    if (!mayRun(definition)) {
      throw new NotPermittedException(
          definition.platform()
              ? "Only the platform owner runs platform jobs"
              : "Only a business's ADMIN runs its jobs");
    }
    Map<String, String> parameters =
        withPeriod(name, validate(definition, given == null ? Map.of() : given));
    UUID run = UUID.randomUUID();
    UUID business = definition.platform() ? null : tenant.businessId();
    // secrets reach the job in memory only: never the stored run nor the batch runtime
    Map<String, String> secrets = new LinkedHashMap<>();
    for (Parameter p : definition.parameters()) {
      if ("password".equals(p.type()) && parameters.containsKey(p.name())) {
        secrets.put(p.name(), parameters.remove(p.name()));
      }
    }
    jobSecrets.hold(run, secrets);
    JsonObjectBuilder json = JsonCodec.JSON.createObjectBuilder();
    parameters.forEach(json::add);
    String[] range = PERIODS.get(name);
    runs.create(
        run,
        business,
        name,
        json.build().toString(),
        tenant.userId().orElse(null),
        range == null ? null : LocalDate.parse(parameters.get(range[0])),
        range == null ? null : LocalDate.parse(parameters.get(range[1])));
    Properties properties = new Properties();
    parameters.forEach(properties::setProperty);
    properties.setProperty("runId", run.toString());
    if (business != null) {
      properties.setProperty("businessId", business.toString());
    }
    tenant.userId().ifPresent(u -> properties.setProperty("startedBy", u.toString()));
    try {
      long execution =
          starters.stream()
              .filter(s -> s.starts(name))
              .findFirst()
              .map(s -> s.start(run, parameters))
              .orElseGet(() -> BatchRuntime.getJobOperator().start(name, properties));
      runs.attach(run, execution);
    } catch (RuntimeException e) {
      jobSecrets.drop(run);
      runs.fail(run, "could not start: " + e.getMessage());
      throw e;
    }
    return execution(run);
  }

  /** The parameters naming the period a job covers, first and last day. */
  static final Map<String, String[]> PERIODS =
      Map.of(
          "trial-balance", new String[] {"period_start", "period_end"},
          "sales-report", new String[] {"date_from", "date_to"});

  /** The longest period a job takes: ten years, each of which it completes. */
  public static final int MAX_PERIOD_DAYS = 3660;

  /**
   * The period the job will cover, written into its parameters when left out (the same defaults the
   * jobs apply: trial balance from the 1st of this month, sales report the last 7 days, to today,
   * UTC), so every run records and shows the period it covers.
   */
  static Map<String, String> withPeriod(String job, Map<String, String> parameters) {
    String[] range = PERIODS.get(job);
    if (range == null) {
      return parameters;
    }
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    LocalDate end =
        parameters.containsKey(range[1]) ? LocalDate.parse(parameters.get(range[1])) : today;
    LocalDate start =
        parameters.containsKey(range[0])
            ? LocalDate.parse(parameters.get(range[0]))
            : "trial-balance".equals(job) ? end.withDayOfMonth(1) : end.minusDays(6);
    if (start.isAfter(end)) {
      throw new InvalidInputException(range[1], "must not be before " + range[0]);
    }
    Map<String, String> resolved = new LinkedHashMap<>(parameters);
    resolved.put(range[0], start.toString());
    resolved.put(range[1], end.toString());
    return resolved;
  }

  /**
   * The caller's runs, newest first: their business's, and for the platform owner the platform's
   * too; optionally of one job and overlapping a period.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public app.pos.platform.control.Page<ExecutionView> history(
      String job, String from, String to, app.pos.platform.control.PageRequest page) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (job != null && catalogueDefinitions().stream().noneMatch(j -> j.name().equals(job))) {
      errors.put("job", List.of("is not a job"));
    }
    LocalDate since = queryDate("period_from", from, errors);
    LocalDate until = queryDate("period_to", to, errors);
    if (since != null && until != null && since.isAfter(until)) {
      errors.put("period_to", List.of("must not be before period_from"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    var found =
        runs.history(
            tenant.isBound() ? tenant.businessId() : null,
            tenant.isSuperuser(),
            job,
            since,
            until,
            page);
    return new app.pos.platform.control.Page<>(
        found.count(), page, found.results().stream().map(this::current).map(this::view).toList());
  }

  private static LocalDate queryDate(String field, String value, Map<String, List<String>> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!date(value.trim())) {
      errors.put(field, List.of("must be a date (YYYY-MM-DD)"));
      return null;
    }
    return LocalDate.parse(value.trim());
  }

  /** Two completed runs of one job side by side, row by row, with the differences (b - a). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunComparison.Comparison compare(String a, String b) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    UUID first = runId("a", a, errors);
    UUID second = runId("b", b, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    JobRuns.Run left = refresh(visible(first));
    JobRuns.Run right = refresh(visible(second));
    if (!RunComparison.comparable(left.jobName())) {
      throw new InvalidInputException(
          "a",
          "runs of " + left.jobName() + " cannot be compared (only " + RunComparison.JOBS + ")");
    }
    if (!left.jobName().equals(right.jobName())) {
      throw new InvalidInputException("b", "must be a run of " + left.jobName());
    }
    for (JobRuns.Run run : List.of(left, right)) {
      if (run.status() != BatchStatus.COMPLETED) {
        throw new app.pos.platform.control.StateConflictException(
            "job-not-completed", "Job not completed", "Run " + run.id() + " is " + run.status());
      }
    }
    return RunComparison.of(view(left), left.resultJson(), view(right), right.resultJson());
  }

  private static UUID runId(String field, String value, Map<String, List<String>> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, List.of("is required"));
      return null;
    }
    if (!uuid(value.trim())) {
      errors.put(field, List.of("must be the id of a run"));
      return null;
    }
    return UUID.fromString(value.trim());
  }

  /**
   * {@code <business>-<job>-<period>.csv}: the business's name in lower case with dashes
   * ("platform" for platform runs), the job, and the period's first and last day (or the day the
   * run started).
   */
  String csvFilename(JobRuns.Run run) {
    String owner = run.businessId() == null ? "platform" : slug(businessName.ofCaller());
    return owner + "-" + run.jobName() + "-" + String.join("_", period(run)) + ".csv";
  }

  /**
   * The file's first line, a comment (CSV readers skip lines starting with {@code #} when told to;
   * a spreadsheet shows it as a title): whose figures, which job, which period, in which time zone,
   * so a file handed on says what it is without its name.
   */
  String csvTitle(JobRuns.Run run) {
    List<String> period = period(run);
    String owner = run.businessId() == null ? "Platform" : businessName.ofCaller();
    String zone = run.businessId() == null ? "UTC" : businessName.timeZoneOfCaller();
    return "# "
        + owner.replaceAll("[\\r\\n]+", " ")
        + " - "
        + run.jobName()
        + " - "
        + (period.size() == 2 ? period.get(0) + " to " + period.get(1) : "run on " + period.get(0))
        + " - time zone "
        + zone
        + "\r\n";
  }

  /** The period a run covers, first and last day, or the day it started (UTC). */
  private static List<String> period(JobRuns.Run run) {
    return run.periodStart() != null && run.periodEnd() != null
        ? List.of(run.periodStart().toString(), run.periodEnd().toString())
        : List.of(run.startedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
  }

  static String slug(String name) {
    String slug =
        java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "business" : slug;
  }

  /** A run of the caller's business (or, for the platform owner, a platform run). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ExecutionView execution(UUID id) {
    return view(refresh(visible(id)));
  }

  /** The run's result: JSON, or CSV when asked and the job made one. */
  public String result(UUID id, boolean csv) {
    JobRuns.Run run = refresh(visible(id));
    if (!run.finished() || run.status() != BatchStatus.COMPLETED) {
      throw new app.pos.platform.control.StateConflictException(
          "job-not-completed", "Job not completed", "The run is " + run.status());
    }
    if (csv) {
      if (run.resultCsv() == null) {
        throw new ResourceNotFoundException("CSV result of run", id);
      }
      return csvTitle(run) + run.resultCsv();
    }
    return run.resultJson() == null ? "{}" : run.resultJson();
  }

  private JobRuns.Run visible(UUID id) {
    JobRuns.Run run = runs.find(id).orElseThrow(() -> new ResourceNotFoundException("Job run", id));
    boolean ours =
        run.businessId() == null
            ? tenant.isSuperuser()
            : run.businessId().equals(tenant.businessId());
    if (!ours) {
      throw new ResourceNotFoundException("Job run", id);
    }
    return run;
  }

  /**
   * A listed run as it is now: an unfinished one is brought up to date first (a trial balance keeps
   * its own progress), so no list shows STARTED for a run whose result exists.
   */
  private JobRuns.Run current(JobRuns.Run listed) {
    return listed.finished() ? listed : refresh(runs.find(listed.id()).orElseThrow());
  }

  /** Jobs that keep their own progress (trial balance) report it here; lost executions fail. */
  private JobRuns.Run refresh(JobRuns.Run run) {
    if (run.finished() || run.executionId() == null) {
      return run;
    }
    for (JobStarter starter : starters) {
      if (starter.starts(run.jobName())) {
        starter.refresh(run);
        return runs.find(run.id()).orElseThrow();
      }
    }
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      BatchStatus status = operator.getJobExecution(run.executionId()).getBatchStatus();
      if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED) {
        runs.fail(run.id(), "the batch runtime reports " + status);
      } else if (status == BatchStatus.STOPPED) {
        runs.sync(
            run.id(), BatchStatus.STOPPED, run.itemsDone(), run.itemsTotal(), run.resultJson());
      }
    } catch (RuntimeException e) {
      // the batch runtime forgets executions when the server restarts
      runs.fail(run.id(), "the execution was lost (server restarted while it ran)");
    }
    return runs.find(run.id()).orElseThrow();
  }

  private boolean mayRun(JobDefinition job) {
    if (job.platform()) {
      return tenant.isSuperuser();
    }
    return tenant.hasRole(Role.ADMIN);
  }

  private ExecutionView view(JobRuns.Run run) {
    Map<String, String> parameters = new LinkedHashMap<>();
    try (var reader = JsonCodec.JSON.createReader(new java.io.StringReader(run.parameters()))) {
      reader
          .readObject()
          .forEach((k, v) -> parameters.put(k, ((jakarta.json.JsonString) v).getString()));
    }
    parameters.remove("admin_password");
    Integer percent = null;
    if (run.itemsTotal() != null && run.itemsTotal() > 0) {
      percent = Math.min(100, run.itemsDone() * 100 / run.itemsTotal());
    } else if (run.status() == BatchStatus.COMPLETED) {
      percent = 100;
    }
    String resultPath =
        run.status() == BatchStatus.COMPLETED ? executionPath(run.id()) + "result/" : null;
    boolean csv = resultPath != null && run.hasCsv();
    return new ExecutionView(
        run.id(),
        run.id(),
        run.jobName(),
        run.jobName(),
        run.executionId(),
        run.status(),
        new Progress(run.itemsDone(), run.itemsTotal(), percent),
        run.itemsDone(),
        run.itemsTotal(),
        percent,
        parameters,
        run.periodStart(),
        run.periodEnd(),
        run.startedBy(),
        run.startedByName(),
        run.startedAt(),
        run.endedAt(),
        run.exitStatus(),
        resultPath,
        resultPath,
        csv ? resultPath + "?format=csv" : null,
        csv ? csvFilename(run) : null,
        executionPath(run.id()));
  }

  static Map<String, String> validate(JobDefinition job, Map<String, Object> given) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (String key : given.keySet()) {
      if (job.parameters().stream().noneMatch(p -> p.name().equals(key))) {
        errors.put(key, List.of("is not a parameter of " + job.name()));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : job.parameters()) {
      Object raw = given.get(p.name());
      String value = raw == null ? p.defaultValue() : String.valueOf(raw).trim();
      if (value == null || value.isEmpty()) {
        if (p.required()) {
          errors.put(p.name(), List.of("is required"));
        }
        continue;
      }
      String problem =
          switch (p.type()) {
            case "integer" -> integer(value) ? null : "must be a whole number from 0 to 1000000";
            case "boolean" ->
                value.equals("true") || value.equals("false") ? null : "must be true or false";
            case "date" -> date(value) ? null : "must be a date (YYYY-MM-DD)";
            case "email" ->
                EMAIL.matcher(value).matches() && value.length() <= 254
                    ? null
                    : "must be an e-mail address";
            case "password" ->
                value.length() >= 10 && value.length() <= 128
                    ? null
                    : "must have 10 to 128 characters";
            case "uuid" -> uuid(value) ? null : "must be a UUID";
            default -> null;
          };
      if (problem != null) {
        errors.put(p.name(), List.of(problem));
      } else {
        values.put(p.name(), value);
      }
    }
    for (String[] range :
        new String[][] {{"date_from", "date_to"}, {"period_start", "period_end"}}) {
      if (values.containsKey(range[0])
          && values.containsKey(range[1])
          && LocalDate.parse(values.get(range[0])).isAfter(LocalDate.parse(values.get(range[1])))) {
        errors.put(range[1], List.of("must not be before " + range[0]));
      } else if (values.containsKey(range[0])
          && values.containsKey(range[1])
          && java.time.temporal.ChronoUnit.DAYS.between(
                  LocalDate.parse(values.get(range[0])), LocalDate.parse(values.get(range[1])))
              >= MAX_PERIOD_DAYS) {
        errors.put(range[1], List.of("a period covers at most " + MAX_PERIOD_DAYS + " days"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return values;
  }

  private static boolean integer(String v) {
    try {
      int n = Integer.parseInt(v);
      return n >= 0 && n <= 1_000_000;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean date(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean uuid(String v) {
    try {
      UUID.fromString(v);
      return v.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
