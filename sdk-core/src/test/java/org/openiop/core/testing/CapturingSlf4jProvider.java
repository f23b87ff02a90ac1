package org.openiop.core.testing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J provider: every logger is enabled at every level so that even trace and debug
 * calls are formatted and can be captured by {@link LogCapture}; output is then passed to
 * slf4j-simple, which prints what its own configuration enables (so other tests see no change). It
 * is found first because test classes precede dependency jars on the class path.
 */
public final class CapturingSlf4jProvider implements SLF4JServiceProvider {
  private final SimpleServiceProvider simple = new SimpleServiceProvider();
  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory =
      name ->
          loggers.computeIfAbsent(
              name, n -> new Capturing(n, simple.getLoggerFactory().getLogger(n)));

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return simple.getMarkerFactory();
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return simple.getMDCAdapter();
  }

  @Override
  public String getRequestedApiVersion() {
    return simple.getRequestedApiVersion();
  }

  @Override
  public void initialize() {
    simple.initialize();
  }

  private static final class Capturing extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient Logger delegate;

    Capturing(String name, Logger delegate) {
      this.name = name;
      this.delegate = delegate;
      LogCapture.markInstalled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        Marker marker,
        String messagePattern,
        Object[] arguments,
        Throwable throwable) {
      String formatted = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      if (LogCapture.active()) {
        StringBuilder line = new StringBuilder(level + " " + name + " " + formatted);
        for (Throwable t = throwable; t != null; t = t.getCause()) {
          line.append(" | ").append(t);
        }
        LogCapture.add(line.toString());
      }
      if (delegate.isEnabledForLevel(level)) {
        delegate.atLevel(level).setCause(throwable).log(formatted);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
