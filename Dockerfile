# nhacviec: the bot, its OCR (Tesseract, Vietnamese) and LibreOffice for .doc/.odt/.rtf.
#   docker build -t nhacviec .
#   docker run --env NHACVIEC_TELEGRAM_TOKEN -v ./config.toml:/etc/nhacviec/config.toml:ro nhacviec
# compose.yaml runs it with PostgreSQL 15; README, "Triển khai".
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# tesseract-ocr-vie: scans and photos; libreoffice-writer-nogui: .doc/.odt/.rtf;
# postgresql-client: pg_dump/pg_restore for `nhacviec backup`/`restore` (15, as the server).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-vie libreoffice-writer-nogui fonts-dejavu-core \
        postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/nhacviec
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY jobs ./jobs
COPY db ./db
RUN pip install . && rm -rf /opt/nhacviec/build

# A user of its own; /srv/nv holds what it writes (a SQLite database, backups, LibreOffice's
# profile). The config is mounted read-only at /etc/nhacviec/config.toml.
RUN useradd --system --uid 10001 --home-dir /srv/nv --create-home --shell /usr/sbin/nologin nhacviec
USER nhacviec
WORKDIR /srv/nv
ENV HOME=/srv/nv
VOLUME ["/srv/nv"]

# The webhook server (mode = "webhook"); /healthz is on [health] port 8081 (deploy/config.toml).
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8081/healthz', timeout=4)"]

CMD ["nhacviec", "--config", "/etc/nhacviec/config.toml", "run"]
