package io.github.ptce.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Writes files so that a reader never sees half of one: the text goes to a temporary file in the
 * same directory ({@code .ptce-…​.tmp}), which is then renamed to its name in one step. A run
 * killed while writing (Ctrl-C, {@code kill -9}, a full disk) leaves the earlier file, or none,
 * under the final name, never a cut one; the temporary file is deleted on failure, and {@link
 * #deleteLeftovers(Path)} removes those of a killed run.
 */
final class AtomicFiles {
  /** The prefix and suffix of the temporary files: hidden, and never the name of a report. */
  static final String TEMP_PREFIX = ".ptce-";

  static final String TEMP_SUFFIX = ".tmp";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Writes a UTF-8 text file atomically; a target that exists and is not a regular file (a device,
   * a pipe) is written in place.
   *
   * @param target the file
   * @param body writes the text; an {@link UncheckedIOException} it throws is a failed write
   * @throws IOException if the file cannot be written (nothing is then left under its name that was
   *     not there)
   */
  static void write(Path target, Consumer<Writer> body) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device, a pipe or a file of /proc (--out /dev/stdout, /dev/full): written in place.
      // Renaming a file
      // over it would replace the device itself.
      try (Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
              64 * 1024)) {
        body.accept(writer);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return;
    }
    Path directory = target.toAbsolutePath().getParent();
    Path temp;
    OutputStream stream;
    while (true) {
      // Not Files.createTempFile, whose files are readable by their owner only: a report gets the
      // permissions
      // of any file the user creates.
      temp = directory.resolve(TEMP_PREFIX + Long.toHexString(RANDOM.nextLong()) + TEMP_SUFFIX);
      try {
        stream =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        break;
      } catch (FileAlreadyExistsException e) {
        // Another name.
      }
    }
    boolean moved = false;
    try {
      try (Writer writer =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024)) {
        body.accept(writer);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // A file system without atomic renames (rare, e.g. some network mounts): the best it
        // offers.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Deletes the temporary files a killed run left in a directory.
   *
   * @param directory the directory
   * @return how many were deleted
   * @throws IOException if the directory cannot be listed
   */
  static int deleteLeftovers(Path directory) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        if (Files.isRegularFile(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.deleteIfExists(temp)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Returns where a path leads, as the system would resolve it once its missing directories exist:
   * the longest part that exists, with its symbolic links followed, then the rest read as written
   * ({@code ..} removing the name before it). {@code Files.createDirectories("a/x/../y")} creates
   * {@code a/y}, but the system resolves {@code a/x/../y/f} through {@code a/x}, which does not
   * exist: writing there would fail with "not found".
   *
   * @param path the path given
   * @return the absolute path to create and write
   * @throws IOException if the existing part cannot be resolved
   */
  static Path resolve(Path path) throws IOException {
    Path absolute = path.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path resolved = existing == null ? absolute.getRoot() : existing.toRealPath();
    while (!missing.isEmpty()) {
      resolved = resolved.resolve(missing.pop());
    }
    return resolved.normalize();
  }
}
