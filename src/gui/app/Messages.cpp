// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Messages.h"

#include <QFileDialog>

#include <utility>

namespace ntm::gui {

namespace {
bool g_recording = false;
bool g_answer = true;
QStringList g_recorded;
QString g_nextFile;
QString g_lastStartIn;
} // namespace

void Messages::error(QWidget* parent, const QString& title, const QString& text)
{
    if (g_recording) {
        g_recorded.append(text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void Messages::information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_recording) {
        g_recorded.append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool Messages::confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (g_recording) {
        g_recorded.append(text);
        return g_answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

QString Messages::openFile(QWidget* parent, const QString& title, const QString& filter, const QString& startIn)
{
    g_lastStartIn = startIn;
    if (g_recording) {
        return std::exchange(g_nextFile, QString());
    }
    return QFileDialog::getOpenFileName(parent, title, startIn, filter);
}

QString Messages::saveFile(QWidget* parent, const QString& title, const QString& filter, const QString& startIn)
{
    g_lastStartIn = startIn;
    if (g_recording) {
        return std::exchange(g_nextFile, QString());
    }
    return QFileDialog::getSaveFileName(parent, title, startIn, filter);
}

QString Messages::lastStartIn()
{
    return g_lastStartIn;
}

void Messages::setNextFile(const QString& path)
{
    g_nextFile = path;
}

void Messages::setRecording(bool recording, bool answer)
{
    g_recording = recording;
    g_answer = answer;
}

QStringList Messages::recorded()
{
    return g_recorded;
}

void Messages::clearRecorded()
{
    g_recorded.clear();
}

} // namespace ntm::gui
