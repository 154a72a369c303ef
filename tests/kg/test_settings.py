from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.settings import SETTINGS, Settings, describe, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_declared_once_with_help() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    assert names == [f.name for f in dataclasses.fields(Settings)]
    for s in SETTINGS:
        assert len(s.help) > 15, f"{s.name} needs help text"
        assert s.env_var == "POLICYKG_" + s.name.upper()


@pytest.mark.parametrize("name", ["query_timeout_s", "max_result_rows", "max_query_bytes"])
def test_safe_limits_are_settings(name: str) -> None:
    assert name in {s.name for s in SETTINGS}


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.env_var for s in SETTINGS if s.env_var not in readme]
    assert not missing, f"settings missing from README.md: {missing}"


def test_defaults() -> None:
    s = load_settings(env={}, config_path=None)
    assert s.data_dir == Path("data")
    assert s.port == 5000
    assert s.host == "127.0.0.1"
    assert s.query_timeout_s == 10.0
    assert s.max_result_rows == 10_000


def test_settings_are_frozen() -> None:
    s = load_settings(env={}, config_path=None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.port = 1  # type: ignore[misc]


def test_precedence_defaults_file_env_cli(tmp_path: Path) -> None:
    config = tmp_path / "policykg.toml"
    config.write_text(
        'port = 6000\nhost = "0.0.0.0"\ndata_dir = "from-file"\nthreads = 3\n', encoding="utf-8"
    )
    only_file = load_settings(env={}, config_path=config)
    assert (only_file.port, only_file.host, only_file.data_dir, only_file.threads) == (
        6000,
        "0.0.0.0",
        Path("from-file"),
        3,
    )
    env = {"POLICYKG_PORT": "7000", "POLICYKG_DATA_DIR": "from-env"}
    file_and_env = load_settings(env=env, config_path=config)
    assert (file_and_env.port, file_and_env.data_dir, file_and_env.host) == (
        7000,
        Path("from-env"),
        "0.0.0.0",
    )
    all_three = load_settings(env=env, config_path=config, overrides={"port": 8000, "data_dir": None})
    assert all_three.port == 8000
    assert all_three.data_dir == Path("from-env"), "a None override (option not given) must not win"


def test_config_file_may_use_a_policykg_table(tmp_path: Path) -> None:
    config = tmp_path / "policykg.toml"
    config.write_text("[policykg]\nmax_result_rows = 50\n", encoding="utf-8")
    assert load_settings(env={}, config_path=config).max_result_rows == 50


def test_config_file_named_by_environment(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text("port = 5999\n", encoding="utf-8")
    assert load_settings(env={"POLICYKG_CONFIG": str(config)}, config_path=None).port == 5999


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"POLICYKG_PORT": "eighty"}, "POLICYKG_PORT"),
        ({"POLICYKG_QUERY_TIMEOUT_S": "-1"}, "must not be negative"),
        ({"POLICYKG_MAX_RESULT_ROWS": "1.5"}, "not a valid int"),
    ],
)
def test_bad_values_name_the_source(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(UsageError, match=re.escape(fragment)):
        load_settings(env=env, config_path=None)


def test_unknown_setting_in_file_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "policykg.toml"
    config.write_text("prot = 1\n", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown setting 'prot'"):
        load_settings(env={}, config_path=config)


def test_broken_config_file_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "policykg.toml"
    config.write_text("port = = 1\n", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape("policykg.toml: not valid TOML")):
        load_settings(env={}, config_path=config)


def test_describe_lists_every_setting() -> None:
    assert [d["name"] for d in describe()] == [s.name for s in SETTINGS]


def test_worker_limits_follow_the_precedence(tmp_path: Path) -> None:
    defaults = load_settings(env={}, config_path=None)
    assert (defaults.sparql_worker_memory_mb, defaults.build_workers, defaults.trusted_proxies) == (
        2048,
        0,
        "",
    )
    config = tmp_path / "policykg.toml"
    config.write_text(
        'sparql_worker_memory_mb = 1536\nbuild_workers = 3\ntrusted_proxies = ["10.0.0.1", "10.1.0.0/16"]\n',
        encoding="utf-8",
    )
    from_file = load_settings(env={}, config_path=config)
    assert (from_file.sparql_worker_memory_mb, from_file.build_workers) == (1536, 3)
    assert from_file.trusted_proxies == "10.0.0.1/32,10.1.0.0/16"
    env = {"POLICYKG_SPARQL_WORKER_MEMORY_MB": "0", "POLICYKG_TRUSTED_PROXIES": "127.0.0.1, ::1"}
    from_env = load_settings(env=env, config_path=config)
    assert (from_env.sparql_worker_memory_mb, from_env.build_workers) == (0, 3)
    assert [str(n) for n in from_env.trusted_proxy_networks] == ["127.0.0.1/32", "::1/128"]
    from_cli = load_settings(env=env, config_path=config, overrides={"build_workers": 1})
    assert (from_cli.sparql_worker_memory_mb, from_cli.build_workers) == (0, 1)


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"POLICYKG_SPARQL_WORKER_MEMORY_MB": "-1"}, "must not be negative"),
        ({"POLICYKG_SPARQL_WORKER_MEMORY_MB": "1.5"}, "not a valid int"),
        ({"POLICYKG_SPARQL_WORKER_MEMORY_MB": "2GB"}, "not a valid int"),
        ({"POLICYKG_SPARQL_WORKER_MEMORY_MB": "512"}, "give 0 (no cap) or at least 1024"),
        ({"POLICYKG_BUILD_WORKERS": "-2"}, "must not be negative"),
        ({"POLICYKG_BUILD_WORKERS": "two"}, "not a valid int"),
        (
            {"POLICYKG_TRUSTED_PROXIES": "10.0.0.1, 10.0.0.300"},
            "has '10.0.0.300', which is not an IP address",
        ),
        ({"POLICYKG_TRUSTED_PROXIES": "proxy.example"}, "which is not an IP address or network"),
        ({"POLICYKG_QUERY_TIMEOUT_S": "nan"}, "not a finite number"),
    ],
)
def test_bad_worker_limits_are_one_clear_line(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(UsageError) as raised:
        load_settings(env=env, config_path=None)
    message = str(raised.value)
    (name,) = env
    assert message.startswith(f"setting {name.removeprefix('POLICYKG_').lower()} from {name}: ")
    assert fragment in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "line", ["build_workers = true", "sparql_worker_memory_mb = 1.5", "trusted_proxies = 127"]
)
def test_bad_worker_limits_in_the_file_name_the_file(tmp_path: Path, line: str) -> None:
    config = tmp_path / "policykg.toml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(f"setting {line.split()[0]} from {config}: ")):
        load_settings(env={}, config_path=config)
