package io.assetbridge.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/** CIs/s against N (log scale) for each database, as a PNG, with java.awt in headless mode. */
final class Chart {

    /** One point: database, N, sync CIs/s, floor CIs/s (N / (fetch + insert)). */
    record Point(String db, long n, double cisPerSecond, double floorPerSecond) {}

    private Chart() {}

    static void write(List<Point> points, Path file, String subtitle) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int w = 900;
        int h = 560;
        int left = 90;
        int right = 200;
        int top = 60;
        int bottom = 70;
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);

        double minN = points.stream().mapToLong(Point::n).min().orElse(10_000);
        double maxN = points.stream().mapToLong(Point::n).max().orElse(100_000);
        double lo = Math.floor(Math.log10(minN));
        double hi = Math.max(lo + 1, Math.ceil(Math.log10(maxN)));
        double maxY = points.stream()
                        .mapToDouble(p -> Math.max(p.cisPerSecond(), p.floorPerSecond()))
                        .max()
                        .orElse(1)
                * 1.15;
        double step = niceStep(maxY / 6);
        maxY = Math.ceil(maxY / step) * step;
        int plotW = w - left - right;
        int plotH = h - top - bottom;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("AssetBridge full sync: CIs per second against N", left, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, left, 46);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double y = 0; y <= maxY + 1e-9; y += step) {
            int py = top + plotH - (int) Math.round(y / maxY * plotH);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, py, left + plotW, py);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,.0f", y);
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), py + 4);
        }
        for (double e = lo; e <= hi + 1e-9; e++) {
            int px = left + (int) Math.round((e - lo) / (hi - lo) * plotW);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(px, top, px, top + plotH);
            g.setColor(Color.DARK_GRAY);
            String label = String.format("%,.0f", Math.pow(10, e));
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, top + plotH + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, plotW, plotH);
        g.drawString("N (assets, log scale)", left + plotW / 2 - 50, h - 25);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString("CIs per second", -(top + plotH / 2 + 40), 22);
        rotated.dispose();

        Map<String, Color> colours = Map.of("postgresql", new Color(31, 119, 180), "h2", new Color(255, 127, 14));
        int legendY = top + 10;
        for (String db : new String[] {"postgresql", "h2"}) {
            var series = new TreeMap<Long, Point>();
            points.stream().filter(p -> p.db().equals(db)).forEach(p -> series.put(p.n(), p));
            if (series.isEmpty()) {
                continue;
            }
            Color colour = colours.get(db);
            for (boolean floor : new boolean[] {false, true}) {
                g.setColor(colour);
                g.setStroke(
                        floor
                                ? new BasicStroke(
                                        1.5f,
                                        BasicStroke.CAP_BUTT,
                                        BasicStroke.JOIN_ROUND,
                                        1f,
                                        new float[] {6f, 5f},
                                        0f)
                                : new BasicStroke(2.5f));
                int px0 = -1;
                int py0 = -1;
                for (Point p : series.values()) {
                    double v = floor ? p.floorPerSecond() : p.cisPerSecond();
                    int px = left + (int) Math.round((Math.log10(p.n()) - lo) / (hi - lo) * plotW);
                    int py = top + plotH - (int) Math.round(v / maxY * plotH);
                    if (px0 >= 0) {
                        g.drawLine(px0, py0, px, py);
                    }
                    if (!floor) {
                        g.fillOval(px - 4, py - 4, 8, 8);
                        g.drawString(String.format("%,.0f", v), px + 6, py - 6);
                    }
                    px0 = px;
                    py0 = py;
                }
                g.setStroke(
                        floor
                                ? new BasicStroke(
                                        1.5f,
                                        BasicStroke.CAP_BUTT,
                                        BasicStroke.JOIN_ROUND,
                                        1f,
                                        new float[] {6f, 5f},
                                        0f)
                                : new BasicStroke(2.5f));
                g.drawLine(left + plotW + 15, legendY, left + plotW + 40, legendY);
                g.setColor(Color.BLACK);
                g.drawString(
                        (db.equals("h2") ? "H2" : "PostgreSQL") + (floor ? " floor" : " sync"),
                        left + plotW + 46,
                        legendY + 4);
                legendY += 20;
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString("floor = N / (fetch floor + insert floor)", left + plotW + 10, legendY + 10);
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
