#include "PasswordInput.h"

#include "CliError.h"
#include "Output.h"
#include "common/Error.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace mamori::cli {

namespace {

#ifdef Q_OS_UNIX
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoIsOff = 0;

// Ctrl-C at a password prompt must not leave the user's terminal without echo.
extern "C" void restoreEchoAndDie(int sig)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}
#endif

// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreEchoAndDie);
        std::signal(SIGTERM, restoreEchoAndDie);
        g_echoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#endif
#ifdef Q_OS_WIN
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_console, &m_mode))
            m_changed = SetConsoleMode(m_console, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoIsOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
#endif
#ifdef Q_OS_WIN
        if (m_changed)
            SetConsoleMode(m_console, m_mode);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_console = nullptr;
    DWORD m_mode = 0;
    bool m_changed = false;
#endif
};

} // namespace

PasswordInput::PasswordInput(Output& out) : m_out(out)
{
    // Unbuffered: stdio must not keep a copy of the password in its own buffer, and a second
    // line must stay in the pipe until the command asks for it.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
}

bool PasswordInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

SecureBytes PasswordInput::readLine()
{
    SecureBytes line;
    bool any = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        any = true;
        if (c == '\n')
            break;
        const auto byte = static_cast<unsigned char>(c);
        line.append(&byte, 1);
    }
    if (!any)
        throw CliError::usage(tr("Standard input ended before the password was read."));
    if (line.size() > 0 && line.data()[line.size() - 1] == '\r') {
        SecureBytes trimmed(line.data(), line.size() - 1);
        return trimmed;
    }
    return line;
}

SecureBytes PasswordInput::read(const QString& prompt)
{
    const bool terminal = stdinIsTerminal();
    if (!terminal && !m_fromStdin)
        throw CliError::usage(tr("No terminal to ask for the password: pipe it in with --password-stdin."));
    if (!terminal)
        return readLine();
    m_out.note(prompt + QLatin1Char(' '));
    EchoOff quiet;
    return readLine();
}

SecureBytes PasswordInput::readNew(const QString& prompt, const QString& repeatPrompt)
{
    SecureBytes first = read(prompt);
    if (!stdinIsTerminal())
        return first;
    const SecureBytes again = read(repeatPrompt);
    if (!(first == again))
        throw Error(ErrorCode::InvalidArgument, tr("The two passwords are not the same."));
    return first;
}

} // namespace mamori::cli
