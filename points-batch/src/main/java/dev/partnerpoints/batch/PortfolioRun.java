package dev.partnerpoints.batch;

import com.google.common.collect.ImmutableList;
import dev.partnerpoints.batch.PortfolioInput.PartnerRows;
import dev.partnerpoints.ledger.BreakdownFilter;
import dev.partnerpoints.ledger.ClientId;
import dev.partnerpoints.ledger.PartnerId;
import dev.partnerpoints.ledger.PointLedger;
import dev.partnerpoints.program.ProgramRules;
import dev.partnerpoints.tier.PartnerAccount;
import dev.partnerpoints.tier.TierEvaluator;
import dev.partnerpoints.tier.TierStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A batch run over a portfolio of partners: each partner's {@link PointLedger} is built and asked,
 * on a pool of threads, for its figures on one date ({@link PartnerResult}); a partner whose input is
 * invalid gets its errors instead ({@link BatchError}), and the others are not affected.
 *
 * <pre>{@code
 * BatchResult result = PortfolioRun.of(ProgramRules.builtIn(), LocalDate.of(2025, 10, 1))
 *     .run(input);                      // one thread per core; results in partner id order
 * }</pre>
 *
 * <p>Every answer is exactly what the partner's own ledger (built from the same rows with {@code
 * PointLedger.builder}) and its {@link TierEvaluator} answer: the run adds no rounding. Partners are
 * handed to the threads one at a time, so a huge partner occupies one thread while the others go on.
 * Results reach the {@link BatchSink} in partner id order on the calling thread, which holds back
 * only the results finished ahead of a slower partner.
 *
 * <p>Defaults: one thread per available processor on threads of the run's own (shut down after the
 * run); progress over the 12 months ending with the last complete month on the date (the date's month
 * if the date is its last day, else the month before). This class is immutable and thread-safe.
 */
public final class PortfolioRun {

  private final ProgramRules rules;
  private final LocalDate asOf;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;
  private final @Nullable Executor executor;
  private final int parallelism;
  private final @Nullable ProgressListener progress;

  private PortfolioRun(ProgramRules rules, LocalDate asOf, YearMonth firstMonth, YearMonth lastMonth,
      @Nullable Executor executor, int parallelism, @Nullable ProgressListener progress) {
    this.rules = rules;
    this.asOf = asOf;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.executor = executor;
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /**
   * Creates a run with the default threads and months.
   *
   * @param rules the program rules every ledger is valued with, not null
   * @param asOf the date of the figures, not null
   * @return the run, never null
   */
  public static PortfolioRun of(ProgramRules rules, LocalDate asOf) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    YearMonth month = YearMonth.from(asOf);
    YearMonth last = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    return new PortfolioRun(rules, asOf, last.minusMonths(11), last, null,
        Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * Returns this run with other months of progress.
   *
   * @param first the first month, not null
   * @param last the last month, not null, not before {@code first}
   * @return the run, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public PortfolioRun withProgressMonths(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("progress months " + first + ".." + last + " end before they start");
    }
    return new PortfolioRun(rules, asOf, first, last, executor, parallelism, progress);
  }

  /**
   * Returns this run on its own threads, as many as given.
   *
   * @param threads the number of threads, at least 1
   * @return the run, never null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public PortfolioRun withThreads(int threads) {
    return new PortfolioRun(rules, asOf, firstMonth, lastMonth, null, checkThreads(threads), progress);
  }

  /**
   * Returns this run on the caller's executor (a {@code ForkJoinPool}, a fixed pool...): the run
   * submits {@code parallelism} tasks to it, which take partners until none is left. The executor is
   * not shut down.
   *
   * @param executor the executor, not null
   * @param parallelism the number of tasks, at least 1 (usually the executor's thread count)
   * @return the run, never null
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   */
  public PortfolioRun withExecutor(Executor executor, int parallelism) {
    return new PortfolioRun(rules, asOf, firstMonth, lastMonth, Objects.requireNonNull(executor, "executor"),
        checkThreads(parallelism), progress);
  }

  /**
   * Returns this run telling a listener after each partner.
   *
   * @param listener the listener, not null
   * @return the run, never null
   */
  public PortfolioRun withProgress(ProgressListener listener) {
    return new PortfolioRun(rules, asOf, firstMonth, lastMonth, executor, parallelism,
        Objects.requireNonNull(listener, "listener"));
  }

  private static int checkThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, but was " + threads);
    }
    return threads;
  }

  /**
   * The date of the figures.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The first month of progress.
   *
   * @return the month, never null
   */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /**
   * The last month of progress.
   *
   * @return the month, never null
   */
  public YearMonth lastMonth() {
    return lastMonth;
  }

  /**
   * Runs the input and gathers every answer.
   *
   * @param input the portfolio, not null
   * @return the results and errors, in partner id order, never null
   */
  public BatchResult run(PortfolioInput input) {
    ImmutableList.Builder<PartnerResult> results = ImmutableList.builder();
    ImmutableList.Builder<BatchError> errors = ImmutableList.builder();
    run(input, new BatchSink() {
      @Override
      public void result(PartnerResult result) {
        results.add(result);
      }

      @Override
      public void errors(PartnerId partner, ImmutableList<BatchError> partnerErrors) {
        errors.addAll(partnerErrors);
      }
    });
    return new BatchResult(results.build(), errors.build());
  }

  /**
   * Runs the input, handing each partner's answer to a sink in partner id order.
   *
   * @param input the portfolio, not null
   * @param sink the sink, not null; called on this thread
   */
  public void run(PortfolioInput input, BatchSink sink) {
    Objects.requireNonNull(input, "input");
    List<PartnerRows> partners = input.partnersInOrder();
    Map<PartnerId, List<BatchError>> clientErrors = new HashMap<>();
    Map<ClientId, RowsSource.Owner> owners = RowsSource.indexClients(partners, clientErrors);
    RowsSource.indexDeals(partners, clientErrors);
    List<PartnerSource> sources = new ArrayList<>(partners.size());
    for (PartnerRows rows : partners) {
      sources.add(new RowsSource(rules, rows, owners, clientErrors.getOrDefault(rows.partner, List.of()),
          input.partial()));
    }
    runSources(sources, sink);
  }

  /**
   * Runs partners from any source (ledger files, say), handing each partner's answer to a sink in the
   * order of the list.
   *
   * @param sources the partners, not null; each loaded once, on a worker thread
   * @param sink the sink, not null; called on this thread
   * @throws IllegalStateException if a worker failed with an {@link Error} (its cause)
   */
  public void runSources(List<? extends PartnerSource> sources, BatchSink sink) {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(sink, "sink");
    int total = sources.size();
    if (total == 0) {
      return;
    }
    AtomicReferenceArray<Object> slots = new AtomicReferenceArray<>(total);
    LinkedBlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    Runnable worker = () -> {
      int i;
      while (!stop.get() && (i = next.getAndIncrement()) < total) {
        Object answer;
        try {
          answer = answer(sources.get(i));
        } catch (Error e) {
          answer = e;
        }
        slots.set(i, answer);
        finished.add(i);
      }
    };
    int workers = Math.min(parallelism, total);
    ExecutorService own = executor == null ? Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "points-batch");
      t.setDaemon(true);
      return t;
    }) : null;
    Executor pool = own != null ? own : Objects.requireNonNull(executor);
    try {
      for (int w = 0; w < workers; w++) {
        pool.execute(worker);
      }
      int delivered = 0;
      while (delivered < total) {
        finished.take();
        Object answer;
        while (delivered < total && (answer = slots.getAndSet(delivered, null)) != null) {
          deliver(answer, sink);
          delivered++;
          if (progress != null) {
            progress.progress(delivered, total);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the batch run was interrupted", e);
    } finally {
      stop.set(true);
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  private static void deliver(Object answer, BatchSink sink) {
    if (answer instanceof PartnerResult result) {
      sink.result(result);
    } else if (answer instanceof PartnerInputException invalid) {
      sink.errors(invalid.partner(), invalid.errors());
    } else {
      throw new IllegalStateException("a batch worker failed: " + answer, (Throwable) answer);
    }
  }

  /** A partner's result, or the exception that carries its errors. */
  private Object answer(PartnerSource source) {
    PartnerId partner = source.partner();
    PartnerSource.Loaded loaded;
    try {
      loaded = source.load();
      if (!loaded.ledger().partner().equals(partner)) {
        throw new IllegalArgumentException("the ledger loaded is of partner " + loaded.ledger().partner()
            + ", not of " + partner);
      }
      return evaluate(loaded.ledger(), loaded.account());
    } catch (PartnerInputException e) {
      return e;
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      return new PartnerInputException(List.of(BatchError.of(partner, "ledger", message, message)));
    }
  }

  /**
   * The figures this run answers for one partner's ledger: what each batch worker computes.
   *
   * @param ledger the partner's ledger, not null
   * @param account the partner's account, not null
   * @return the figures on {@link #asOf()}, never null
   * @throws RuntimeException whatever the ledger or tier evaluator throws for the date
   */
  public PartnerResult evaluate(PointLedger ledger, PartnerAccount account) {
    TierEvaluator evaluator = TierEvaluator.of(ledger, account);
    TierStatus status = evaluator.statusOn(asOf);
    return new PartnerResult(ledger.partner(), asOf, status.points(), status, evaluator.creditedTierOn(asOf),
        ledger.progress(firstMonth, lastMonth), ledger.breakdown(asOf, BreakdownFilter.all()));
  }
}
