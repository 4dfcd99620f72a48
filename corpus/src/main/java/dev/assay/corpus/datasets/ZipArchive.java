package dev.assay.corpus.datasets;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A data set's zip, read in place with {@code java.util.zip}: nothing is unpacked to disk. */
final class ZipArchive implements Closeable {

    private final Path path;
    private final ZipFile zip;

    private ZipArchive(Path path, ZipFile zip) {
        this.path = path;
        this.zip = zip;
    }

    /**
     * Opens {@code path} if it is a file, else {@code path/fileName}.
     *
     * @param what the archive's description for the message when it is missing
     */
    static ZipArchive locate(Path path, String fileName, String what) throws DatasetFormatException {
        Path file = Files.isDirectory(path) ? path.resolve(fileName) : path;
        if (!Files.isRegularFile(file)) {
            throw new DatasetFormatException(file.toString(), "no such file; expected " + what + " (" + fileName
                    + ") there, or give the folder that holds it");
        }
        try {
            return new ZipArchive(file, new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw new DatasetFormatException(file.toString(), 0, "not a readable zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatasetFormatException(file.toString(), 0, "cannot open: " + e, e);
        }
    }

    /** Names of the archive's files (not folders), sorted, so reading order never depends on the zip tool. */
    List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory()) {
                names.add(e.getName());
            }
        }
        Collections.sort(names);
        return names;
    }

    /** How a member is named in messages: {@code /path/to/archive.zip!member}. */
    String source(String member) {
        return path + "!" + member;
    }

    Path path() {
        return path;
    }

    boolean contains(String member) {
        return zip.getEntry(member) != null;
    }

    /** Parses an XML question file of the archive. */
    XmlQuestionFile parseQuestion(String member) throws DatasetFormatException {
        ZipEntry entry = zip.getEntry(member);
        if (entry == null) {
            throw new DatasetFormatException(source(member), "no such member in the archive");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return XmlQuestionFile.parse(in, source(member));
        } catch (DatasetFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new DatasetFormatException(source(member), 0, "cannot read: " + e, e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
