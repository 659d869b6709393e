fn main() -> std::process::ExitCode {
    plead::cli::main()
}
