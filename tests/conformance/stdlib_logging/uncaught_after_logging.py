import logging

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)


def load(path):
    log.info("loading %s", path)
    try:
        return open(path).read()
    except OSError:
        log.exception("could not load %r", path)
        raise


log.debug("hidden")
log.info("start")
try:
    load("/nonexistent/file.txt")
except FileNotFoundError as e:
    log.warning("giving up: %s", e.strerror)
log.error("about to fail")
raise SystemExit(load("/nonexistent/other.txt"))
