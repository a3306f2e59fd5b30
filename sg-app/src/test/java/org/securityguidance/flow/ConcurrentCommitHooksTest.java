package org.securityguidance.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securityguidance.testing.GitCli;
import org.securityguidance.testing.TempRepo;

/**
 * Several commit hooks at once (issue 4 §5): the spawns of one tool call claim it once, and hooks of different
 * commits in linked worktrees of one clone share the reviewed-commit record and the rate window without losing
 * an update.
 */
class ConcurrentCommitHooksTest {
  @TempDir Path tmp;

  private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> t : tasks) {
      futures.add(pool.submit(() -> {
        start.await();
        return t.call();
      }));
    }
    start.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }

  @Test
  void spawnsOfOneToolCallReviewOnce() throws Exception {
    BashHarness hook = new BashHarness(tmp);
    Path repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    GitCli git = new GitCli(tmp.resolve("home"));
    String out = git.commitFile(repo, "a.py", "a = 1\n", "a");
    List<Callable<BashHarness.Run>> spawns = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      spawns.add(() -> hook.run(repo, "git commit -m a && git push", out, "toolu_same"));
    }
    List<BashHarness.Run> runs = together(spawns);
    assertThat(runs.stream().filter(r -> r.stdout().equals("{\"metrics\":{\"bash_hook_dedup\":true}}\n")))
        .hasSize(5);
    assertThat(hook.reviewer.jobs).hasSize(1);
  }

  @Test
  void commitsInLinkedWorktreesShareOneRecordAndOneWindow() throws Exception {
    BashHarness hook = new BashHarness(tmp);
    Path repo = TempRepo.create(tmp.resolve("repo"), tmp.resolve("home")).dir;
    GitCli git = new GitCli(tmp.resolve("home"));
    List<Callable<BashHarness.Run>> hooks = new ArrayList<>();
    List<String> shas = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Path wt = tmp.resolve("wt" + i);
      git.ok(repo, "worktree", "add", "-q", "-b", "b" + i, wt.toString());
      String out = git.commitFile(wt, "f" + i + ".py", "v = " + i + "\n", "c" + i);
      shas.add(git.head(wt));
      String id = "toolu_" + i;
      hooks.add(() -> hook.run(wt, "git commit -m c", out, id));
    }
    List<BashHarness.Run> runs = together(hooks);
    assertThat(runs).allSatisfy(r -> assertThat(r.metrics()).containsEntry("vulns_found", 0L));
    assertThat(runs.stream().map(r -> r.metrics().get("rate_count"))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    assertThat(BashHarness.reviewedShas(repo.resolve(".git"))).containsAll(shas);
    assertThat(hook.reviewer.jobs).hasSize(4);
  }
}
