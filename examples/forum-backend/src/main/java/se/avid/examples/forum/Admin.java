package se.avid.examples.forum;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The administrator's commands, run on the server's host by whoever owns the data directory:
 * make the key, add, remove and list moderators, read the audit trail. Whoever can run them can
 * read the database anyway, so the command line is the administrator's log-in. Passwords are read
 * from the console without echo, or, without a console, from the first line of standard input.
 */
final class Admin {

  private Admin() {}

  /**
   * Runs one command.
   *
   * @return the exit status: 0 done, 1 failed, 2 usage
   */
  static int run(String[] args) {
    Path data = Path.of("forum-data");
    String[] rest = args;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--data")) {
        data = Path.of(args[i + 1]);
        rest = concat(Arrays.copyOfRange(args, 0, i), Arrays.copyOfRange(args, i + 2, args.length));
        break;
      }
    }
    if (rest.length == 0) {
      return usage();
    }
    try {
      switch (rest[0]) {
        case "generate-key" -> {
          if (rest.length != 2) {
            return usage();
          }
          OriginalCipher.writeNewKey(Path.of(rest[1]));
          System.out.println("wrote a new key to " + rest[1] + " (owner-only); keep a copy apart from the backups");
          return 0;
        }
        case "add-moderator", "remove-moderator", "list-moderators", "audit" -> {
          // accounts and the audit trail are not encrypted: no key needed here
          try (ForumStore store = ForumStore.inDirectory(data, OriginalCipher.ephemeral())) {
            return staffCommand(store.staff(), rest);
          }
        }
        default -> {
          return usage();
        }
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("avid-forum admin: " + e.getMessage());
      return 1;
    }
  }

  private static int staffCommand(Staff staff, String[] rest) throws IOException {
    String command = rest[0];
    if (command.equals("list-moderators") || command.equals("audit")) {
      if (rest.length != 1) {
        return usage();
      }
      if (command.equals("audit")) {
        staff.auditTrail().forEach(e -> System.out.println(e.at() + "\t" + e.actor() + "\t"
            + (e.postId() == null ? "-" : e.postId()) + "\t" + e.action() + "\t" + (e.detail() == null ? "" : e.detail())));
      } else {
        staff.moderators().forEach(System.out::println);
      }
      return 0;
    }
    if (rest.length != 2) {
      return usage();
    }
    String name = rest[1];
    if (command.equals("remove-moderator")) {
      if (!staff.removeModerator(name)) {
        System.err.println("avid-forum admin: no moderator named " + name);
        return 1;
      }
      System.out.println("removed " + name + "; a running server ends their sessions at their next request");
      return 0;
    }
    char[] password = readPassword("password for " + name + " (at least " + Passwords.MIN_LENGTH + " characters): ");
    try {
      staff.putModerator(name, password);
    } finally {
      Passwords.clear(password);
    }
    System.out.println("moderator " + name + " can log in at /login");
    return 0;
  }

  private static char[] readPassword(String prompt) throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("%s", prompt);
      char[] again = console.readPassword("again: ");
      if (first == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the passwords differ");
      }
      Passwords.clear(again);
      return first;
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new IllegalArgumentException("no password on standard input");
    }
    return line.toCharArray();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int usage() {
    System.err.println(ForumOptions.USAGE);
    return 2;
  }
}
